package id.tata.workspace;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.Localized;
import id.tata.common.error.TataException;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.User;
import org.jooq.DSLContext;

import java.util.Objects;
import java.util.function.Function;

/**
 * A logged-in user on an open workspace. Every service call takes one, so permissions and the audit log hold
 * whether the call comes from the GUI, the CLI or a test.
 */
public final class Session {
    private final Workspace workspace;
    private final User user;

    public Session(Workspace workspace, User user) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.user = Objects.requireNonNull(user, "user");
    }

    public Workspace workspace() {
        return workspace;
    }

    public User user() {
        return user;
    }

    public boolean can(Permission permission) {
        return user.active() && user.role().allows(permission);
    }

    /** Fails with a REFUSED error naming the user, the role and what was refused. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new TataException(ErrorKind.REFUSED, "error.forbidden", user.username(),
                    new Localized("shell.role." + user.role().name()), new Localized("permission." + permission.name()));
        }
    }

    public <T> T read(Permission permission, Function<DSLContext, T> work) {
        require(permission);
        return workspace.read(work);
    }

    /** Runs the work in one transaction, audited in this user's name. */
    public <T> T write(Permission permission, Function<Tx, T> work) {
        require(permission);
        return workspace.write(user.username(), work);
    }
}
