package id.tata.workspace;

import id.tata.workspace.user.Role;
import id.tata.workspace.user.UserService;

import java.nio.file.Path;

/** Test helper: a fresh workspace with an admin, and sessions for other roles. */
public final class TestWorkspaces {
    public static final char[] PASSWORD = "rahasia-123".toCharArray();

    private TestWorkspaces() {}

    /** A new workspace with the admin "admin" logged in; close the session's workspace when done. */
    public static Session newAdminSession(Path dir) {
        Workspace ws = new WorkspaceStore().create(dir.resolve("uji.tata"));
        return new UserService().createFirstAdmin(ws, "admin", "Admin Uji", PASSWORD);
    }

    /** Adds a user of the role (named after it) and logs in as that user on the same workspace. */
    public static Session sessionAs(Session admin, Role role) {
        UserService users = new UserService();
        String name = role.name().toLowerCase(java.util.Locale.ROOT);
        users.add(admin, name, "Pengguna " + role, role, PASSWORD);
        return users.login(admin.workspace(), name, PASSWORD);
    }
}
