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

    /** A workspace file as the first Tata (schema version 1) made it, with one admin "admin". */
    public static Path firstVersionWorkspace(Path file) throws java.sql.SQLException {
        new WorkspaceStore().createFile(file, 1);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var st = c.prepareStatement("INSERT INTO app_user (username, full_name, role, password_hash)"
                     + " VALUES ('admin', 'Admin Lama', 'ADMIN', ?)")) {
            st.setString(1, id.tata.workspace.user.PasswordHasher.standard().hash(PASSWORD));
            st.executeUpdate();
        }
        return file;
    }
}
