package id.tata.organization.ui;

import id.tata.importing.ColumnMapping;
import id.tata.importing.ImportDefinition;
import id.tata.importing.ImportPreview;
import id.tata.workspace.Session;

import java.nio.file.Path;

/**
 * What the import wizard and the export action need from one kind of organization data. The wizard is generic; each
 * target knows its service and how to take an applied import back.
 */
interface ImportTarget {
    ImportDefinition<?> definition();

    /** Reads and checks the file; {@code mapping} holds the user's choice for every field. */
    ImportPreview<?> preview(Session session, Path file, ColumnMapping mapping, boolean updateExisting);

    /**
     * Writes a preview this target made, in one transaction, remembering what it changed so it can be undone.
     * Refused (and nothing written) when the preview has problems.
     */
    AppliedImport apply(Session session, ImportPreview<?> preview);

    /** Writes all records of this kind as .xlsx; returns how many rows. */
    int export(Session session, Path file);
}
