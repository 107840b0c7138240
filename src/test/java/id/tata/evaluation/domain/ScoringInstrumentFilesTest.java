package id.tata.evaluation.domain;

import static id.tata.evaluation.domain.ScoringTest.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the instruments built in {@link TestInstruments} against the shared reference files
 * (../shared/domain/instruments/, next to the worktree), and scores the instruments read from them. The files are not
 * part of the repository, so the test is skipped where they are absent (a fresh clone). No JSON library is on the
 * classpath here: a few regexes over the generated, stable key order read the numbers scoring needs.
 */
class ScoringInstrumentFilesTest {
    private static final Path FOLDER = Path.of("..", "shared", "domain", "instruments");
    private static final Pattern DOMAIN = Pattern.compile(
            "\"no\":\\s*(\\d+),\\s*\"name\":\\s*\"([^\"]*)\",\\s*\"weight\":\\s*([\\d.]+)");
    private static final Pattern ASPECT = Pattern.compile(
            "\"no\":\\s*(\\d+),\\s*\"name\":\\s*\"([^\"]*)\",\\s*\"domain\":\\s*(\\d+|null),\\s*\"weight\":\\s*([\\d.]+)");
    private static final Pattern INDICATOR = Pattern.compile(
            "\"no\":\\s*(\\d+),\\s*\"name\":\\s*\"([^\"]*)\",\\s*\"aspect\":\\s*(\\d+),\\s*\"weight\":\\s*([\\d.]+)");
    private static final Pattern PREDICATE = Pattern.compile(
            "\"min\":\\s*([\\d.]+),\\s*\"label\":\\s*\"([^\"]*)\"");

    @Test
    void spbe2020FileMatchesTheBriefAndScoresThreeAtAllThrees() throws IOException {
        Instrument file = read("spbe-2020.json", "SPBE-2020");
        assertSameNumbers(TestInstruments.spbe2020(), file);
        Score score = Scoring.score(file, TestInstruments.all(file, 3));
        same("3", score.index());
        assertEquals("Baik", score.predicate());
    }

    @Test
    void pemdiFileMatchesTheNotes() throws IOException {
        Instrument file = read("pemdi-2026-provisional.json", "PEMDI-2026");
        assertSameNumbers(TestInstruments.pemdi2026(), file);
        Score score = Scoring.score(file, TestInstruments.all(file, 4));
        assertEquals("Memuaskan", score.predicate());
    }

    private static void assertSameNumbers(Instrument expected, Instrument actual) {
        assertEquals(expected.predicates(), actual.predicates(), "predicates");
        assertEquals(numbers(expected.domains().stream().map(d -> d.no() + "=" + d.weight())),
                numbers(actual.domains().stream().map(d -> d.no() + "=" + d.weight())), "domains");
        assertEquals(numbers(expected.aspects().stream().map(a -> a.no() + "/" + a.domain() + "=" + a.weight())),
                numbers(actual.aspects().stream().map(a -> a.no() + "/" + a.domain() + "=" + a.weight())),
                "aspects");
        assertEquals(numbers(expected.indicators().stream().map(i -> i.no() + "/" + i.aspect() + "=" + i.weight())),
                numbers(actual.indicators().stream().map(i -> i.no() + "/" + i.aspect() + "=" + i.weight())),
                "indicators");
    }

    /** Weights compared by value: 13 and 13.0 are the same weight. */
    private static List<String> numbers(java.util.stream.Stream<String> rows) {
        return rows.map(r -> {
            int eq = r.indexOf('=');
            return r.substring(0, eq + 1) + new BigDecimal(r.substring(eq + 1)).stripTrailingZeros().toPlainString();
        }).toList();
    }

    private static Instrument read(String file, String code) throws IOException {
        Path path = FOLDER.resolve(file);
        assumeTrue(Files.isRegularFile(path), "reference file not present: " + path.toAbsolutePath());
        String json = Files.readString(path);
        String predicates = section(json, "\"predicates\"", "\"domains\"");
        String domains = section(json, "\"domains\"", "\"aspects\"");
        String aspects = section(json, "\"aspects\"", "\"indicators\"");
        String indicators = json.substring(json.indexOf("\"indicators\""));

        List<Predicate> predicateList = new ArrayList<>();
        for (Matcher m = PREDICATE.matcher(predicates); m.find(); ) {
            predicateList.add(new Predicate(new BigDecimal(m.group(1)), m.group(2)));
        }
        List<Domain> domainList = new ArrayList<>();
        for (Matcher m = DOMAIN.matcher(domains); m.find(); ) {
            domainList.add(new Domain(Integer.parseInt(m.group(1)), m.group(2), new BigDecimal(m.group(3))));
        }
        List<Aspect> aspectList = new ArrayList<>();
        for (Matcher m = ASPECT.matcher(aspects); m.find(); ) {
            Integer domain = "null".equals(m.group(3)) ? null : Integer.valueOf(m.group(3));
            aspectList.add(new Aspect(Integer.parseInt(m.group(1)), m.group(2), domain, new BigDecimal(m.group(4))));
        }
        List<Indicator> indicatorList = new ArrayList<>();
        for (Matcher m = INDICATOR.matcher(indicators); m.find(); ) {
            indicatorList.add(new Indicator(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)),
                    new BigDecimal(m.group(4)), "", "", "", "", List.of()));
        }
        return new Instrument(code, code, false, Map.of(), predicateList, domainList, aspectList, indicatorList);
    }

    private static String section(String json, String from, String to) {
        return json.substring(json.indexOf(from), json.indexOf(to));
    }
}
