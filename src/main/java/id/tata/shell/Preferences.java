package id.tata.shell;

import id.tata.workspace.Backups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The user's settings on this computer, in {@code ${tata.home:-~/.tata}/preferences.properties}. Workspace-wide
 * settings (letterhead, signatories) live in the workspace instead, so they travel with the file.
 */
public final class Preferences {
    public static final int MAX_RECENT = 8;
    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);
    private static final String LANGUAGE = "language";
    private static final String BACKUPS_KEPT = "backups.kept";
    private static final String RECENT = "recent.";

    private final Path file;
    private String language = "id";
    private int backupsKept = Backups.DEFAULT_KEEP;
    private final List<Path> recent = new ArrayList<>();

    private Preferences(Path file) {
        this.file = file;
    }

    /** The folder for per-user files: system property {@code tata.home}, else {@code ~/.tata}. */
    public static Path home() {
        String configured = System.getProperty("tata.home");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".tata");
    }

    public static Preferences load() {
        return load(home().resolve("preferences.properties"));
    }

    public static Preferences load(Path file) {
        Preferences prefs = new Preferences(file);
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
                prefs.read(p);
            } catch (IOException | RuntimeException e) {
                // A damaged preferences file must not keep Tata from starting: the defaults will do.
                LOG.warn("ignoring unreadable preferences {}: {}", file, e.toString());
            }
        }
        return prefs;
    }

    private void read(Properties p) {
        language = "en".equals(p.getProperty(LANGUAGE)) ? "en" : "id";
        backupsKept = Math.max(1, Integer.parseInt(p.getProperty(BACKUPS_KEPT, String.valueOf(backupsKept)).strip()));
        for (int i = 0; i < MAX_RECENT; i++) {
            String path = p.getProperty(RECENT + i);
            if (path != null && !path.isBlank()) {
                recent.add(Path.of(path));
            }
        }
    }

    public void save() throws IOException {
        Properties p = new Properties();
        p.setProperty(LANGUAGE, language);
        p.setProperty(BACKUPS_KEPT, String.valueOf(backupsKept));
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty(RECENT + i, recent.get(i).toString());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Tata preferences");
        }
    }

    public Path file() {
        return file;
    }

    /** "id" or "en". */
    public String language() {
        return language;
    }

    public void language(String tag) {
        this.language = "en".equals(tag) ? "en" : "id";
    }

    public int backupsKept() {
        return backupsKept;
    }

    public void backupsKept(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup: " + keep);
        }
        this.backupsKept = keep;
    }

    /** Most recently opened first. */
    public List<Path> recentWorkspaces() {
        return List.copyOf(recent);
    }

    public void rememberWorkspace(Path workspace) {
        Path absolute = workspace.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    public void forgetWorkspace(Path workspace) {
        recent.remove(workspace.toAbsolutePath().normalize());
    }

    @Override
    public String toString() {
        return "Preferences" + Arrays.asList(file, language, backupsKept, recent);
    }
}
