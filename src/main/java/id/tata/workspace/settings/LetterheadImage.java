package id.tata.workspace.settings;

/** The two letterhead images: the region's emblem (decrees of the region head) and the agency logo. */
public enum LetterheadImage {
    EMBLEM,
    LOGO
}
