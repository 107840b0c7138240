package id.tata.organization.domain;

/**
 * What a team is for. The names are stored in the database; the labels live in the message bundles under
 * {@code team.kind.<NAME>}. Later features look teams up by kind (the assessment asks for the Tim Asesor Internal).
 */
public enum TeamKind {
    /** Tim Koordinasi SPBE. */
    COORDINATION,
    /** Tim Asesor Internal SPBE, who carry out the self-assessment. */
    INTERNAL_ASSESSOR,
    /** Any other team a decree forms (a sekretariat, a working group). */
    OTHER;

    public String labelKey() {
        return "team.kind." + name();
    }
}
