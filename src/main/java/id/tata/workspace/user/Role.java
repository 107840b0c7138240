package id.tata.workspace.user;

import java.util.EnumSet;
import java.util.Set;

/** The local account roles. What each may do is decided here, in one place, and enforced by the services. */
public enum Role {
    ADMIN(EnumSet.allOf(Permission.class)),
    ANALYST(EnumSet.of(Permission.WORKSPACE_READ, Permission.WORKSPACE_BACKUP, Permission.ORGANIZATION_EDIT,
            Permission.SETTINGS_EDIT, Permission.DOCUMENT_ISSUE, Permission.EVALUATION_ENTER)),
    SECRETARIAT(EnumSet.of(Permission.WORKSPACE_READ, Permission.WORKSPACE_BACKUP, Permission.DOCUMENT_ISSUE)),
    SUPERVISOR(EnumSet.of(Permission.WORKSPACE_READ, Permission.WORKSPACE_BACKUP, Permission.EVALUATION_ENTER,
            Permission.EVALUATION_APPROVE)),
    OPERATOR(EnumSet.of(Permission.WORKSPACE_READ, Permission.EVALUATION_ENTER));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
