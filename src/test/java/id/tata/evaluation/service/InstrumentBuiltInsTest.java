package id.tata.evaluation.service;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A built-in instrument is version 1 of its code in every workspace, and assessments will refer to it by that
 * version: its file must never change. A corrected instrument is imported as a new version instead.
 */
class InstrumentBuiltInsTest {
    private static final Map<String, String> PINNED = Map.of(
            "SPBE-2020", "ab1cc09b97e002905fbf759911d6a7895e019ace86d85ff6abddc66563c87f2d",
            "PEMDI-2026", "f322d1a6df58cb1b6337306ee8ff23e7248a79a796a2201ce40d4b1e0cbd795f");

    @Test
    void theBuiltInFilesAreFrozen() throws Exception {
        for (BuiltInInstruments.BuiltIn b : BuiltInInstruments.ALL) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.json()));
            assertEquals(PINNED.get(b.code()), sha, b.resource() + " changed: import a correction as a new version");
        }
        assertEquals(PINNED.size(), BuiltInInstruments.ALL.size());
    }
}
