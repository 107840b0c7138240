package id.tata.documents.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files under src/test/resources/golden/documents. A difference fails the test and writes what was produced to
 * target/golden-actual/ to compare; {@code -Dtata.golden.update=true} rewrites the golden files — only after looking
 * at the output (README, "Golden files").
 */
public final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden");
    private static final Path ACTUAL_ROOT = Path.of("target/golden-actual");

    private Golden() {
    }

    /** Lines with whitespace collapsed and empty lines dropped: layout spacing is not what a golden checks. */
    public static String normalized(String text) {
        return String.join("\n", text.lines().map(l -> l.replace('\u00A0', ' ').strip().replaceAll("\\s+", " "))
                .filter(l -> !l.isEmpty()).toList()) + "\n";
    }

    static void check(String name, String produced) {
        check("documents", name, produced);
    }

    /**
     * Compares with src/test/resources/golden/FOLDER/NAME; the output goes to target/golden-actual (documents) or
     * target/golden-actual/FOLDER (every other folder).
     */
    public static void check(String folder, String name, String produced) {
        Path dir = ROOT.resolve(folder);
        Path actualDir = folder.equals("documents") ? ACTUAL_ROOT : ACTUAL_ROOT.resolve(folder);
        check(dir, actualDir, name, produced);
    }

    private static void check(Path dir, Path actualDir, String name, String produced) {
        String actual = normalized(produced);
        Path golden = dir.resolve(name);
        try {
            Files.createDirectories(actualDir);
            Files.writeString(actualDir.resolve(name), actual, StandardCharsets.UTF_8);
            if (Boolean.getBoolean("tata.golden.update")) {
                Files.createDirectories(dir);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail("no golden file " + golden + "; look at " + actualDir.resolve(name)
                        + " and create it with -Dtata.golden.update=true");
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                assertEquals(firstDifference(expected, actual), firstDifference(actual, expected),
                        name + " differs from its golden file (whole output in " + actualDir.resolve(name) + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From the first differing line on (a readable assertion message). */
    private static String firstDifference(String text, String other) {
        List<String> a = text.lines().toList();
        List<String> b = other.lines().toList();
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return "line " + (i + 1) + ": " + String.join("\n", a.subList(Math.min(i, a.size()),
                Math.min(a.size(), i + 3)));
    }
}
