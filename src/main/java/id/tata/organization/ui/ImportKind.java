package id.tata.organization.ui;

/**
 * The organization data that can go in and out as spreadsheets. Each kind names its fx:id prefix ("agencyImport",
 * "personExport") and its bundle keys ({@code import.ui.agencies.*}), so views of either kind get the same buttons.
 */
public enum ImportKind {
    AGENCIES("agency", "agencies"),
    PEOPLE("person", "people");

    private final String idPrefix;
    private final String keyPart;

    ImportKind(String idPrefix, String keyPart) {
        this.idPrefix = idPrefix;
        this.keyPart = keyPart;
    }

    /** e.g. "agencyImport", "personExport". */
    String fxId(String action) {
        return idPrefix + action;
    }

    /** e.g. {@code import.ui.agencies.title}; the same suffixes exist for every kind. */
    String key(String prefix, String suffix) {
        return prefix + "." + keyPart + "." + suffix;
    }

    ImportTarget target() {
        return this == AGENCIES ? new AgencyImportTarget() : new PersonImportTarget();
    }
}
