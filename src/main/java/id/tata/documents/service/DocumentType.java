package id.tata.documents.service;

import id.tata.documents.model.Document;
import id.tata.documents.render.DocumentFormat;
import id.tata.workspace.Session;

import java.util.Optional;
import java.util.Set;

/**
 * A kind of document Tata can issue ("keputusan-tim-koordinasi"). Features implement it and read their own data in
 * {@link #compose}; {@link DocumentService} does numbering, rendering and registering for all of them.
 */
public interface DocumentType {
    /** The short name used on the command line and in the register. */
    String shortName();

    /** The i18n key of the type's display name. */
    String titleKey();

    Set<DocumentFormat> formats();

    Set<DocumentFormat> defaultFormats();

    /** The number pattern type ("DECREE") for numbered documents; empty for lists and registers. */
    Optional<String> numberType();

    /** Whether the type has editable Menimbang/Mengingat/diktum texts. */
    default boolean hasTemplate() {
        return numberType().isPresent();
    }

    /** Choices the type offers in the "Buat dokumen" dialog (read from the workspace); none by default. */
    default java.util.List<DocumentChoice> choices(Session session) {
        return java.util.List.of();
    }

    /** The title the register shows for a document of this type composed now. */
    String title(Session session, ComposeContext context);

    /** Builds the document IR from the workspace's data. */
    Document compose(Session session, ComposeContext context);
}
