package id.tata.workspace.user;

import java.util.Objects;

/** A local account as the rest of the application sees it: never with its password hash. */
public record User(long id, String username, String fullName, Role role, boolean active) {
    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
    }
}
