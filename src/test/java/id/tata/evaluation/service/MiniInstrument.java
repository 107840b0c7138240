package id.tata.evaluation.service;

import java.nio.charset.StandardCharsets;

/**
 * A small, sound instrument in the JSON shape of spbe-2020.json: two domains (60/40), two aspects, three indicators
 * (35.5 + 24.5 in aspect 1, 40 in aspect 2). Tests break one thing in it with {@link #with}.
 */
public final class MiniInstrument {
    static final String LEVELS = """
            [{"level": 1, "criteria": "Belum ada."}, {"level": 2, "criteria": "Ada konsep."},
             {"level": 3, "criteria": "Ditetapkan."}, {"level": 4, "criteria": "Diterapkan."},
             {"level": 5, "criteria": "Dievaluasi."}]""";

    public static final String JSON = """
            {
              "code": "MINI-1",
              "name": "Instrumen Mini",
              "scales": {"proses": [{"level": 1, "name": "Rintisan"}, {"level": 2, "name": "Terkelola"},
                                    {"level": 3, "name": "Terdefinisi"}, {"level": 4, "name": "Terpadu"},
                                    {"level": 5, "name": "Optimum"}]},
              "predicates": [{"min": 3.5, "label": "Baik"}, {"min": 0, "label": "Kurang"}],
              "domains": [{"no": 1, "name": "Kebijakan", "weight": 60.00},
                          {"no": 2, "name": "Layanan", "weight": 40}],
              "aspects": [{"no": 1, "name": "Kebijakan Internal", "domain": 1, "weight": 60},
                          {"no": 2, "name": "Layanan Publik", "domain": 2, "weight": 40}],
              "indicators": [
                {"no": 1, "name": "Kebijakan Arsitektur", "aspect": 1, "weight": 35.5, "scale": "proses",
                 "explanation": "a. Arsitektur.", "assessment_note": null, "evidence_note": "Dokumen.",
                 "levels": LEVELS},
                {"no": 2, "name": "Kebijakan Data", "aspect": 1, "weight": 24.5, "scale": "proses",
                 "levels": LEVELS},
                {"no": 3, "name": "Layanan Pengaduan", "aspect": 2, "weight": 40, "scale": "proses",
                 "levels": LEVELS}
              ]
            }
            """.replace("LEVELS", LEVELS);

    private MiniInstrument() {
    }

    static byte[] bytes() {
        return JSON.getBytes(StandardCharsets.UTF_8);
    }

    /** The mini instrument with one piece of its text replaced; fails when that text is not there exactly once. */
    static byte[] with(String original, String replacement) {
        int at = JSON.indexOf(original);
        if (at < 0 || JSON.indexOf(original, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the mini instrument: " + original);
        }
        return JSON.replace(original, replacement).getBytes(StandardCharsets.UTF_8);
    }
}
