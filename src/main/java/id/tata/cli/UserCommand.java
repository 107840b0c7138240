package id.tata.cli;

import id.tata.workspace.user.Role;
import id.tata.workspace.user.User;
import id.tata.workspace.user.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `tata user add|list|passwd`. */
@Command(name = "user", description = "local accounts of a workspace",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class})
final class UserCommand {

    @Command(name = "add", description = "add an account (its password from TATA_NEW_PASSWORD or typed twice)")
    static final class Add extends WorkspaceTask {
        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--full-name", required = true)
        String fullName;

        @Option(names = "--role", required = true, description = "ADMIN, ANALYST, SECRETARIAT, SUPERVISOR, OPERATOR")
        Role role;

        @Override
        public Integer call() {
            User added = withSession(s -> new UserService().add(s, username, fullName, role,
                    newPassword(username)));
            print(toMap(added), text("cli.user.added", added.username(), added.role()));
            return 0;
        }
    }

    @Command(name = "list", description = "list the accounts")
    static final class ListUsers extends WorkspaceTask {
        @Override
        public Integer call() {
            List<User> users = withSession(s -> new UserService().list(s));
            StringBuilder human = new StringBuilder();
            for (User u : users) {
                human.append(String.format("%-16s %-12s %-6s %s%n", u.username(), u.role(),
                        text(u.active() ? "cli.user.active" : "cli.user.inactive"), u.fullName()));
            }
            print(users.stream().map(UserCommand::toMap).toList(), human.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "passwd", description = "change a password (yours, or anyone's as ADMIN)")
    static final class Passwd extends WorkspaceTask {
        @Parameters(index = "0", arity = "0..1", paramLabel = "USERNAME", description = "default: --user")
        String username;

        @Override
        public Integer call() {
            String target = username == null ? common.user : username;
            withSession(s -> {
                new UserService().changePassword(s, target,
                        newPassword(target));
                return null;
            });
            print(Map.of("passwordChanged", target), text("cli.user.passwordChanged", target));
            return 0;
        }
    }

    static Map<String, Object> toMap(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("fullName", u.fullName());
        m.put("role", u.role().name());
        m.put("active", u.active());
        return m;
    }
}
