// STAND-IN: replaced by the sample branch (the real one copies the built sample workspace)
package id.tata.app;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.UserService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh, throw-away workspace to try Tata with: admin/admin123, analis/analis123, operator/operator123. */
public final class SampleWorkspace {
    private SampleWorkspace() {}

    public static Path freshCopy() {
        try {
            Path file = Files.createTempDirectory("tata-contoh-").resolve("contoh.tata");
            UserService users = new UserService();
            try (Workspace ws = new WorkspaceStore().create(file)) {
                var admin = users.createFirstAdmin(ws, "admin", "Administrator", "admin123".toCharArray());
                users.add(admin, "analis", "Analis Diskominfo", Role.ANALYST, "analis123".toCharArray());
                users.add(admin, "operator", "Operator Data", Role.OPERATOR, "operator123".toCharArray());
            }
            return file;
        } catch (IOException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", "contoh.tata", e.getMessage());
        }
    }
}
