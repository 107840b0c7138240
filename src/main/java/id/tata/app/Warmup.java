package id.tata.app;

import id.tata.common.ArchitectureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the SQLite driver (and its native library) and jOOQ's DSL while JavaFX starts its toolkit: both take a few
 * hundred milliseconds the first time, and on a 2-core laptop they overlap well with the window's start.
 */
@ArchitectureException(reason = "touches jOOQ only to load its classes early; no query of the workspace")
final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private Warmup() {}

    static void startInBackground() {
        Thread t = new Thread(Warmup::run, "tata-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY + 1);
        t.start();
    }

    private static void run() {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.SQLITE).selectOne().fetch();
        } catch (Exception | LinkageError e) {
            // Only a head start: the real first use will report any real problem.
            LOG.debug("warm-up failed: {}", e.toString());
        }
    }
}
