package id.tata.workspace;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;

/** The schema's numbered migrations (src/main/resources/id/tata/db/migration), applied through Flyway. */
final class Migrations {
    /** The schema version this build of Tata writes. A test keeps it equal to the highest migration file. */
    static final int LATEST_VERSION = 10;
    static final String LOCATION = "classpath:id/tata/db/migration";

    private Migrations() {}

    /** Applies the pending migrations up to {@code target} (normally {@link #LATEST_VERSION}). */
    static void migrate(Path file, int target) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        ds.setEnforceForeignKeys(true);
        Flyway.configure()
                .dataSource(ds)
                .locations(LOCATION)
                .target(MigrationVersion.fromVersion(Integer.toString(target)))
                .loggers("slf4j")
                .load()
                .migrate();
    }
}
