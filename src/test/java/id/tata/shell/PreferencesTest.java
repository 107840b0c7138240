package id.tata.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreIndonesianAndTenBackups() {
        Preferences prefs = Preferences.load(dir.resolve("preferences.properties"));
        assertEquals("id", prefs.language());
        assertEquals(10, prefs.backupsKept());
        assertEquals(0, prefs.recentWorkspaces().size());
    }

    @Test
    void settingsSurviveASaveAndTheRecentListKeepsTheNewestEight() throws Exception {
        Path file = dir.resolve("sub/preferences.properties");
        Preferences prefs = Preferences.load(file);
        prefs.language("en");
        prefs.backupsKept(4);
        IntStream.rangeClosed(1, 10).forEach(i -> prefs.rememberWorkspace(dir.resolve("kota" + i + ".tata")));
        prefs.rememberWorkspace(dir.resolve("kota5.tata"));
        prefs.save();

        Preferences again = Preferences.load(file);
        assertEquals("en", again.language());
        assertEquals(4, again.backupsKept());
        assertEquals(Preferences.MAX_RECENT, again.recentWorkspaces().size());
        assertEquals(dir.resolve("kota5.tata").toAbsolutePath(), again.recentWorkspaces().get(0));
        assertEquals(dir.resolve("kota10.tata").toAbsolutePath(), again.recentWorkspaces().get(1));
    }

    @Test
    void aDamagedFileGivesTheDefaultsInsteadOfKeepingTataFromStarting() throws Exception {
        Path file = dir.resolve("preferences.properties");
        Files.writeString(file, "language=en\nbackups.kept=banyak\n");
        assertEquals(10, Preferences.load(file).backupsKept());
        assertThrows(IllegalArgumentException.class, () -> Preferences.load(file).backupsKept(0));
    }

    @Test
    void tataHomeDecidesWhereThePreferencesLive() {
        System.setProperty("tata.home", dir.toString());
        try {
            assertEquals(dir.resolve("preferences.properties"), Preferences.load().file());
        } finally {
            System.clearProperty("tata.home");
        }
    }
}
