package id.tata.organization.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a Perangkat Daerah. The names are stored in the database; the Indonesian labels live in the message
 * bundles under {@code agency.kind.<NAME>}. The words here are what people type in spreadsheets, so imports accept them.
 */
public enum AgencyKind {
    SECRETARIAT("sekretariat daerah", "setda", "sekretariat"),
    COUNCIL_SECRETARIAT("sekretariat dprd", "setwan", "sekretariat dewan"),
    INSPECTORATE("inspektorat", "inspektorat daerah"),
    SERVICE_OFFICE("dinas"),
    BOARD("badan"),
    DIVISION("bagian"),
    UNIT("satuan/kantor", "satuan", "kantor", "satpol pp", "satuan polisi pamong praja"),
    DISTRICT("kecamatan"),
    SUBDISTRICT("kelurahan", "desa"),
    TECHNICAL_UNIT("upt", "uptd", "unit pelaksana teknis", "unit pelaksana teknis daerah"),
    HOSPITAL("rumah sakit daerah", "rsud", "rumah sakit"),
    OTHER("lainnya", "lain-lain");

    private final List<String> words;

    AgencyKind(String... words) {
        this.words = List.of(words);
    }

    /** The message key of the kind's label. */
    public String labelKey() {
        return "agency.kind." + name();
    }

    /** Accepts the stored name ("SERVICE_OFFICE") or a word users write ("Dinas", "RSUD", "Satpol PP"). */
    public static Optional<AgencyKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (AgencyKind kind : values()) {
            if (kind.name().equalsIgnoreCase(typed.replace(' ', '_')) || kind.words.contains(typed)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
