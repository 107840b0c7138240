package id.tata.workspace.user;

/** Something a service may refuse. Later features add their own entries here. */
public enum Permission {
    WORKSPACE_READ,
    WORKSPACE_BACKUP,
    /** Restore a backup, migrate, change preferences stored in the workspace. */
    WORKSPACE_ADMIN,
    USER_MANAGE,
    SETTINGS_EDIT,
    ORGANIZATION_EDIT,
    DOCUMENT_ISSUE,
    EVALUATION_ENTER,
    EVALUATION_APPROVE
}
