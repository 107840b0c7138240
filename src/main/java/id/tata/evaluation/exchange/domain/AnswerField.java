package id.tata.evaluation.exchange.domain;

import java.util.Arrays;
import java.util.Optional;

/** The fields of an answer that travel in a package and are merged one by one; the key is what the CLI accepts. */
public enum AnswerField {
    SELF_LEVEL("self_level", "Nilai mandiri"),
    EXPLANATION("explanation", "Penjelasan"),
    TARGET_LEVEL("target_level", "Target"),
    PUBLIC_SERVICE("public_service", "Layanan publik"),
    VERIFIED_LEVEL("verified_level", "Nilai verifikasi"),
    VERIFIER_NOTE("verifier_note", "Catatan verifikator"),
    EVIDENCE("evidence", "Bukti dukung");

    private final String key;
    private final String label;

    AnswerField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** The Indonesian label; the GUI may use {@link #labelKey()} for the user's language instead. */
    public String label() {
        return label;
    }

    public String labelKey() {
        return "evaluation.package.field." + key;
    }

    /** The fields the operator writes (a change of one of them re-opens an approved answer for review). */
    public boolean operatorField() {
        return this != VERIFIED_LEVEL && this != VERIFIER_NOTE;
    }

    public static Optional<AnswerField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key.strip())).findFirst();
    }
}
