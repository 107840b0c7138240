package id.tata.cli;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.workspace.BackupReason;
import id.tata.workspace.Backups;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceInspector;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `tata workspace create|info|check|backup|restore|migrate`. */
@Command(name = "workspace", description = "create, check, back up and restore workspaces",
        subcommands = {WorkspaceCommand.Create.class, WorkspaceCommand.Info.class, WorkspaceCommand.Check.class,
                WorkspaceCommand.Backup.class, WorkspaceCommand.Restore.class, WorkspaceCommand.Migrate.class})
final class WorkspaceCommand {

    @Command(name = "create", description = "create a new workspace and its first admin (password from TATA_PASSWORD)")
    static final class Create extends WorkspaceTask {
        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the new .tata file (or -w)")
        Path file;

        @Option(names = "--full-name", defaultValue = "Administrator", description = "the admin's full name")
        String fullName;

        @Override
        public Integer call() {
            Path target = file != null ? file : common.workspace();
            String admin = common.user == null ? "admin" : common.user;
            char[] password = newPassword(admin);
            try (Workspace ws = store().create(target)) {
                new UserService().createFirstAdmin(ws, admin, fullName, password);
                print(Map.of("workspace", ws.file().toString(), "admin", admin),
                        text("cli.workspace.created", ws.file(), admin));
            }
            return 0;
        }
    }

    @Command(name = "info", description = "schema version, size, backups and users of a workspace")
    static final class Info extends WorkspaceTask {
        @Override
        public Integer call() {
            common.readOnly = true;
            Map<String, Object> info = withSession(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("workspace", s.workspace().file().toString());
                m.put("schemaVersion", s.workspace().schemaVersion());
                m.put("sizeBytes", s.workspace().file().toFile().length());
                m.put("users", new UserService().list(s).size());
                m.put("backups", Backups.list(s.workspace().file()).size());
                return m;
            });
            StringBuilder human = new StringBuilder();
            info.forEach((k, v) -> human.append(String.format("%-14s %s%n", k, v)));
            print(info, human.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "check", description = "full integrity and foreign-key check; changes nothing")
    static final class Check extends WorkspaceTask {
        @Override
        public Integer call() {
            List<String> problems = WorkspaceInspector.fullCheck(common.workspace());
            print(Map.of("ok", problems.isEmpty(), "problems", problems), problems.isEmpty()
                    ? text("cli.workspace.checkOk", common.workspace())
                    : text("cli.workspace.checkProblems", common.workspace(), String.join("\n", problems)));
            return problems.isEmpty() ? 0 : ErrorKind.BAD_INPUT.exitCode();
        }
    }

    @Command(name = "backup", description = "make a backup now (or --list the backups)")
    static final class Backup extends WorkspaceTask {
        @Option(names = "--list", description = "list the backups, newest first")
        boolean list;

        @Override
        public Integer call() {
            if (list) {
                List<String> names = Backups.list(common.workspace()).stream().map(Path::toString).toList();
                print(names, String.join("\n", names));
                return 0;
            }
            Path made = withSession(s -> {
                s.require(Permission.WORKSPACE_BACKUP);
                return Backups.backup(s.workspace(), BackupReason.MANUAL);
            });
            print(Map.of("backup", made.toString()), text("cli.workspace.backedUp", made));
            return 0;
        }
    }

    @Command(name = "restore", description = "replace the workspace by a backup (its current state is backed up first)")
    static final class Restore extends WorkspaceTask {
        @Option(names = "--from", required = true, paramLabel = "BACKUP", description = "the backup file")
        Path backup;

        @Override
        public Integer call() {
            withSession(s -> {
                s.require(Permission.WORKSPACE_ADMIN);
                return null;
            });
            Path safety = store().restore(common.workspace(), backup);
            print(Map.of("restored", backup.toString(), "previousStateBackup", safety.toString()),
                    text("cli.workspace.restored", backup, safety));
            return 0;
        }
    }

    @Command(name = "migrate", description = "upgrade an older workspace to this Tata's schema (after a backup)")
    static final class Migrate extends WorkspaceTask {
        @Override
        public Integer call() {
            if (common.readOnly) {
                throw new TataException(ErrorKind.BAD_INPUT, "cli.error.migrateReadOnly");
            }
            int[] versions = withSession(s -> {
                s.require(Permission.WORKSPACE_ADMIN);
                return new int[]{s.workspace().upgradedFrom(), s.workspace().schemaVersion()};
            });
            print(Map.of("from", versions[0], "to", versions[1]), versions[0] == 0
                    ? text("cli.workspace.upToDate", versions[1])
                    : text("cli.workspace.migrated", versions[0], versions[1]));
            return 0;
        }
    }
}
