package id.tata.common.l10n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the Indonesian and English bundles in step with each other and with the code: a missing key shows the
 * user "!key!", a lone apostrophe silently eats a MessageFormat argument, and a key defined twice (easy when
 * several people append to the same file) makes one of the texts vanish.
 */
class BundleConsistencyTest {
    private static final Path BUNDLES = Path.of("src/main/resources/id/tata/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String KEY = "[a-z]+(?:\\.[a-zA-Z0-9]+)+";
    private static final Pattern TEXT_CALL = Pattern.compile("\\btext\\(\\s*\"(" + KEY + ")\"");
    private static final Pattern EXCEPTION = Pattern.compile("new\\s+TataException\\([^;]*?\"(" + KEY + ")\"",
            Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private final Map<String, String> indonesian = load("messages_id.properties");
    private final Map<String, String> english = load("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> missingInEnglish = new TreeSet<>(indonesian.keySet());
        missingInEnglish.removeAll(english.keySet());
        Set<String> missingInIndonesian = new TreeSet<>(english.keySet());
        missingInIndonesian.removeAll(indonesian.keySet());

        assertTrue(missingInEnglish.isEmpty() && missingInIndonesian.isEmpty(),
                "missing in messages_en: " + missingInEnglish + "; missing in messages_id: " + missingInIndonesian);
    }

    @Test
    void noValueIsEmpty() {
        assertEquals(List.of(), emptyKeys(indonesian), "empty in messages_id");
        assertEquals(List.of(), emptyKeys(english), "empty in messages_en");
    }

    @Test
    void apostrophesAreDoubledForMessageFormat() {
        List<String> broken = new ArrayList<>();
        indonesian.forEach((key, value) -> addIf(LONE_APOSTROPHE.matcher(value).find(), broken, "id:" + key));
        english.forEach((key, value) -> addIf(LONE_APOSTROPHE.matcher(value).find(), broken, "en:" + key));
        assertEquals(List.of(), broken, "write '' for an apostrophe");
    }

    @Test
    void translationsUseTheSameArguments() {
        List<String> differing = new ArrayList<>();
        indonesian.forEach((key, value) -> {
            if (english.containsKey(key) && !placeholders(value).equals(placeholders(english.get(key)))) {
                differing.add(key + " id" + placeholders(value) + " en" + placeholders(english.get(key)));
            }
        });
        assertEquals(List.of(), differing);
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String file : List.of("messages_id.properties", "messages_en.properties")) {
            Set<String> seen = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            boolean continued = false;
            for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (!continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                    String key = trimmed.split("\\s*[=:]", 2)[0].strip();
                    addIf(!seen.add(key), duplicates, key);
                }
                continued = trimmed.endsWith("\\");
            }
            assertEquals(List.of(), duplicates, "defined twice in " + file);
        }
    }

    @Test
    void everyKeyUsedInTheCodeExistsInBothLanguages() throws IOException {
        Set<String> used = keysUsedInSources();
        assertTrue(used.contains("workspace.error.locked"), "the scan must see the keys the workspace uses");

        Map<String, String> missing = new TreeMap<>();
        for (String key : used) {
            if (!indonesian.containsKey(key)) {
                missing.merge(key, "id", (a, b) -> a + "," + b);
            }
            if (!english.containsKey(key)) {
                missing.merge(key, "en", (a, b) -> a + "," + b);
            }
        }
        assertEquals(Map.of(), missing, "keys used in src/main/java but missing from bundles");
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                collect(TEXT_CALL.matcher(source), keys);
                collect(EXCEPTION.matcher(source), keys);
            }
        }
        return keys;
    }

    private static void collect(Matcher matcher, Set<String> keys) {
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        collect(PLACEHOLDER.matcher(pattern), found);
        return found;
    }

    private static List<String> emptyKeys(Map<String, String> bundle) {
        return bundle.entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey).sorted()
                .toList();
    }

    private static void addIf(boolean condition, List<String> list, String item) {
        if (condition) {
            list.add(item);
        }
    }

    /** Read as strict UTF-8, so a file saved in another encoding fails here rather than showing mojibake. */
    private static Map<String, String> load(String file) {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(BUNDLES.resolve(file), StandardCharsets.UTF_8)));
            Map<String, String> values = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            return values;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + " as UTF-8", e);
        }
    }
}
