package id.tata.evaluation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden files of the evaluation outputs under src/test/resources/golden/evaluation, handled like the documents'
 * goldens: a difference fails and leaves the output in target/golden-actual/evaluation; {@code
 * -Dtata.golden.update=true} rewrites them — only after looking at the output.
 */
final class EvaluationGolden {
    private static final Path DIR = Path.of("src/test/resources/golden/evaluation");
    private static final Path ACTUAL = Path.of("target/golden-actual/evaluation");

    private EvaluationGolden() {
    }

    /** Whitespace collapsed, empty lines dropped: layout spacing is not what a golden checks. */
    static String normalized(String text) {
        return String.join("\n", text.lines().map(l -> l.replace('\u00A0', ' ').strip().replaceAll("\\s+", " "))
                .filter(l -> !l.isEmpty()).toList()) + "\n";
    }

    static void check(String name, String produced) {
        String actual = normalized(produced);
        Path golden = DIR.resolve(name);
        try {
            Files.createDirectories(ACTUAL);
            Files.writeString(ACTUAL.resolve(name), actual, StandardCharsets.UTF_8);
            if (Boolean.getBoolean("tata.golden.update")) {
                Files.createDirectories(DIR);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail("no golden file " + golden + "; look at " + ACTUAL.resolve(name)
                        + " and create it with -Dtata.golden.update=true");
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                assertEquals(firstDifference(expected, actual), firstDifference(actual, expected),
                        name + " differs from its golden file (whole output in " + ACTUAL.resolve(name) + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
