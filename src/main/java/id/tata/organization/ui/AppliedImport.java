package id.tata.organization.ui;

import id.tata.importing.ImportResult;

/**
 * An import that has been written, with the before- and after-state of every record it touched, so it can be taken
 * back and done again without reading the file a second time.
 */
interface AppliedImport {
    ImportResult result();

    /** Restores the records as they were before the import, in one transaction. */
    void undo();

    /** Writes the import's records again, with the ids they had, in one transaction. */
    void redo();
}
