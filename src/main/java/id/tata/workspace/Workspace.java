package id.tata.workspace;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * An open workspace: one SQLite connection, guarded so that background tasks take turns on it, and the writer lock
 * that keeps other Tata instances out. Opened and created only by {@link WorkspaceStore}.
 */
public final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;
    private final WriterLock writerLock;
    private final ReentrantLock access = new ReentrantLock();
    private final ThreadLocal<Tx> currentTx = new ThreadLocal<>();
    private boolean closed;
    private int upgradedFrom;

    Workspace(Path file, Connection connection, WriterLock writerLock) {
        this.file = file;
        this.connection = connection;
        this.writerLock = writerLock;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE,
                new Settings().withExecuteLogging(false).withRenderSchema(false));
    }

    /** The schema version the file had before this open upgraded it; 0 when no upgrade was needed. */
    public int upgradedFrom() {
        return upgradedFrom;
    }

    void upgradedFrom(int version) {
        this.upgradedFrom = version;
    }

    public int schemaVersion() {
        return Migrations.LATEST_VERSION;
    }

    /** The writer lock, to record the logged-in user in it; empty when read-only. */
    public java.util.Optional<WriterLock> writerLock() {
        return java.util.Optional.ofNullable(writerLock);
    }

    public Path file() {
        return file;
    }

    /** Read-only when another instance holds the writer lock or the user asked for it. */
    public boolean readOnly() {
        return writerLock == null;
    }

    public <T> T read(Function<DSLContext, T> work) {
        access.lock();
        try {
            ensureOpen();
            return work.apply(dsl);
        } finally {
            access.unlock();
        }
    }

    /** Runs the work in one transaction: it all lands, or (on any exception) nothing does. */
    public <T> T write(String actor, Function<Tx, T> work) {
        if (readOnly()) {
            throw new TataException(ErrorKind.REFUSED, "workspace.error.readOnly", file.getFileName());
        }
        Tx outer = currentTx.get();
        if (outer != null) {
            // A service called from within another's transaction joins it: one use case, one transaction.
            return work.apply(outer);
        }
        access.lock();
        try {
            ensureOpen();
            return dsl.transactionResult(cfg -> {
                Tx tx = new Tx(cfg.dsl(), actor);
                currentTx.set(tx);
                try {
                    return work.apply(tx);
                } finally {
                    currentTx.remove();
                }
            });
        } finally {
            access.unlock();
        }
    }

    /** For the workspace package itself: backup, checkpoint, pragmas. */
    <T> T withConnection(SqlFunction<T> work) {
        access.lock();
        try {
            ensureOpen();
            return work.apply(connection);
        } catch (SQLException e) {
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.sql", file.getFileName(), e.getMessage());
        } finally {
            access.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("workspace " + file + " is closed");
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        access.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeConnection();
            if (writerLock != null) {
                writerLock.release();
            }
        } finally {
            access.unlock();
        }
    }

    private void closeConnection() {
        try (var st = connection.createStatement()) {
            if (!readOnly()) {
                // Fold the WAL back into the main file so the .tata file alone is the whole truth when copied.
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            LOG.warn("checkpoint on close of {} failed: {}", file, e.getMessage());
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing {} failed: {}", file, e.getMessage());
        }
    }

    @FunctionalInterface
    interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
