package id.tata.workspace;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MigrationsTest {
    @Test
    void latestVersionIsTheHighestMigrationFile() throws Exception {
        Pattern name = Pattern.compile("V(\\d+)__.+\\.sql");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/id/tata/db/migration"))) {
            int highest = files.map(p -> name.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
            assertEquals(highest, Migrations.LATEST_VERSION,
                    "bump Migrations.LATEST_VERSION when adding a migration");
        }
    }
}
