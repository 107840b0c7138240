package id.tata.workspace;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backups live in {@code backups/} beside the workspace, one complete workspace file each, named
 * {@code NAME-yyyyMMdd-HHmmss-SSS-REASON.tata}. They are written with SQLite's {@code VACUUM INTO}, which gives a
 * consistent copy even while the workspace is open.
 */
public final class Backups {
    public static final int DEFAULT_KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {}

    public static Path folderOf(Path workspace) {
        return workspace.toAbsolutePath().resolveSibling("backups");
    }

    /** Backs up an open workspace. */
    public static Path backup(Workspace workspace, BackupReason reason) {
        Path target = newTarget(workspace.file(), reason);
        workspace.withConnection(c -> {
            vacuumInto(c, target);
            return null;
        });
        return target;
    }

    /** Backs up a workspace that is not open (before an upgrade or a restore). */
    static Path backupClosed(Path file, BackupReason reason) {
        Path target = newTarget(file, reason);
        try (Connection c = WorkspaceInspector.openImmutable(file)) {
            vacuumInto(c, target);
        } catch (SQLException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.backupFailed", file, e.getMessage());
        }
        return target;
    }

    /** This workspace's backups, newest first. */
    public static List<Path> list(Path workspace) {
        Path folder = folderOf(workspace);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = baseName(workspace) + "-";
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.getFileName().toString().endsWith(WorkspaceFile.EXTENSION))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", folder, e.getMessage());
        }
    }

    /** Deletes all but the newest {@code keep} backups of the workspace. */
    public static void prune(Path workspace, int keep) {
        List<Path> all = list(workspace);
        for (Path old : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", old, e.getMessage());
            }
        }
    }

    private static Path newTarget(Path workspace, BackupReason reason) {
        Path folder = folderOf(workspace);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", folder, e.getMessage());
        }
        String name = baseName(workspace) + "-" + LocalDateTime.now().format(STAMP) + "-"
                + reason.name().toLowerCase(java.util.Locale.ROOT) + WorkspaceFile.EXTENSION;
        return folder.resolve(name);
    }

    private static void vacuumInto(Connection c, Path target) throws SQLException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            // Only a finished copy carries the real name, so a crash never leaves a half backup that looks whole.
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SQLException("cannot finish backup " + target + ": " + e.getMessage(), e);
        }
    }

    static String baseName(Path workspace) {
        String name = workspace.getFileName().toString();
        return name.endsWith(WorkspaceFile.EXTENSION)
                ? name.substring(0, name.length() - WorkspaceFile.EXTENSION.length()) : name;
    }

    /** Replaces the workspace file by a backup. The workspace must be closed; its current state is backed up first. */
    static Path restore(Path workspace, Path backup) {
        WorkspaceInspector.inspect(backup);
        Path safety = backupClosed(workspace, BackupReason.BEFORE_RESTORE);
        Path staging = workspace.resolveSibling(workspace.getFileName() + ".restoring");
        try {
            Files.copy(backup, staging, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(workspace.resolveSibling(workspace.getFileName() + "-wal"));
            Files.deleteIfExists(workspace.resolveSibling(workspace.getFileName() + "-shm"));
            Files.move(staging, workspace, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.restoreFailed", backup, e.getMessage());
        }
        return safety;
    }
}
