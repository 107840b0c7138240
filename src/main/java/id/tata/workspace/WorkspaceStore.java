package id.tata.workspace;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.perf.StartupClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Creates and opens workspaces. Opening is careful in this order: inspect without writing (foreign, damaged and newer
 * files are refused untouched), take the writer lock, back up, upgrade an older schema, and only then connect.
 */
public final class WorkspaceStore {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceStore.class);

    private final int backupsKept;

    public WorkspaceStore(int backupsKept) {
        this.backupsKept = backupsKept;
    }

    public WorkspaceStore() {
        this(Backups.DEFAULT_KEEP);
    }

    /** The schema version this Tata writes. */
    public static int schemaVersion() {
        return Migrations.LATEST_VERSION;
    }

    /** Creates a new, empty workspace (no users yet: the caller creates the first admin) and opens it. */
    public Workspace create(Path file) {
        return open(createFile(file, Migrations.LATEST_VERSION), false);
    }

    /** Writes a new workspace file of the given schema version (older ones for upgrade tests); returns its path. */
    Path createFile(Path file, int schemaVersion) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new TataException(ErrorKind.BAD_INPUT, "workspace.error.exists", target);
        }
        Path staging = target.resolveSibling(target.getFileName() + ".creating");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(staging);
            initialise(staging);
            Migrations.migrate(staging, schemaVersion);
            // Built aside and moved in whole: a failed creation leaves no half workspace under the real name.
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(staging);
            if (e instanceof TataException te) {
                throw te;
            }
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.createFailed", target, e.getMessage());
        }
        return target;
    }

    private static void initialise(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + WorkspaceFile.APPLICATION_ID);
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("CREATE TABLE workspace_created (created_at TEXT NOT NULL)");
            st.execute("INSERT INTO workspace_created VALUES ('" + Instant.now() + "')");
            st.execute("DROP TABLE workspace_created");
        }
    }

    /**
     * Opens a workspace. With {@code readOnly} false it takes the writer lock, failing with REFUSED and the holder's
     * name when another instance has it; the caller may then ask the user and open read-only.
     */
    public Workspace open(Path file, boolean readOnly) {
        Path target = file.toAbsolutePath();
        int version = WorkspaceInspector.inspect(target);
        StartupClock.mark("inspected");
        if (version > Migrations.LATEST_VERSION) {
            throw new TataException(ErrorKind.REFUSED, "workspace.error.newer", target, version,
                    Migrations.LATEST_VERSION);
        }
        if (readOnly) {
            if (version < Migrations.LATEST_VERSION) {
                throw new TataException(ErrorKind.REFUSED, "workspace.error.olderReadOnly", target);
            }
            return new Workspace(target, connect(target, true), null);
        }
        WriterLock lock = WriterLock.acquire(target);
        try {
            upgradeIfOlder(target, version);
            Workspace workspace = new Workspace(target, connect(target, false), lock);
            workspace.upgradedFrom(version < Migrations.LATEST_VERSION ? version : 0);
            StartupClock.mark("connected");
            Backups.backup(workspace, BackupReason.OPEN);
            StartupClock.mark("backed up");
            Backups.prune(target, backupsKept);
            return workspace;
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static void upgradeIfOlder(Path file, int version) {
        if (version >= Migrations.LATEST_VERSION) {
            return;
        }
        Path backup = Backups.backupClosed(file, BackupReason.BEFORE_UPGRADE);
        LOG.info("upgrading {} from schema {} to {}; backup at {}", file, version, Migrations.LATEST_VERSION, backup);
        try {
            Migrations.migrate(file, Migrations.LATEST_VERSION);
        } catch (RuntimeException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.upgradeFailed", file, backup,
                    e.getMessage());
        }
    }

    /** Restores a backup over a closed workspace; returns the backup of the state it replaced. */
    public Path restore(Path workspaceFile, Path backup) {
        Path target = workspaceFile.toAbsolutePath();
        WriterLock lock = WriterLock.acquire(target);
        try {
            return Backups.restore(target, backup.toAbsolutePath());
        } finally {
            lock.release();
        }
    }

    private static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        // Read-only is enforced by query_only rather than a read-only file handle: such a handle could not remove
        // the -wal and -shm files it makes, and they would be left beside the workspace for ever.
        if (!readOnly) {
            // Switching the journal mode writes the file's header: only a writer may do it.
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            if (readOnly) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA query_only = ON");
                }
            }
            return c;
        } catch (SQLException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.sql", file, e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        } catch (IOException ignored) {
            // best effort: the staging file has a name no one opens
        }
    }
}
