package id.tata.documents.template;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.documents.model.Margins;
import id.tata.documents.persistence.TemplateRepository;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editable texts and margins of each document type. A workspace starts with Tata's defaults; what a user saves
 * is stored in the workspace (audited) and can be reset to the defaults. Whoever issues documents (the secretariat)
 * may change them: the texts are part of preparing a decree, not a workspace setting.
 */
public final class TemplateService {
    private final TemplateRepository repository = new TemplateRepository();

    /** The texts in force: the workspace's own if saved, else the defaults. */
    public TemplateTexts texts(Session session, String documentType) {
        Map<TemplatePart, List<String>> stored = session.read(Permission.WORKSPACE_READ,
                dsl -> repository.texts(dsl, documentType));
        return stored.isEmpty() ? DefaultTemplates.load(documentType) : new TemplateTexts(documentType, stored);
    }

    public boolean isCustomized(Session session, String documentType) {
        return !session.read(Permission.WORKSPACE_READ, dsl -> repository.texts(dsl, documentType)).isEmpty();
    }

    /** Saves the texts after checking the drafting rules a decree must follow. */
    public TemplateTexts save(Session session, TemplateTexts texts) {
        check(texts);
        return session.write(Permission.DOCUMENT_ISSUE, tx -> {
            repository.replace(tx, texts.documentType(), texts.parts());
            return texts;
        });
    }

    public TemplateTexts reset(Session session, String documentType) {
        session.write(Permission.DOCUMENT_ISSUE, tx -> {
            repository.clear(tx, documentType);
            return null;
        });
        return DefaultTemplates.load(documentType);
    }

    /** Margins of the type: stored, else the Tata Naskah Dinas default. */
    public Margins margins(Session session, String documentType) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.margins(dsl, documentType))
                .map(m -> new Margins(m[0], m[1], m[2], m[3])).orElse(Margins.DEFAULT);
    }

    public Margins saveMargins(Session session, String documentType, Margins margins) {
        if (margins.top() > 80 || margins.right() > 80 || margins.bottom() > 80 || margins.left() > 80) {
            throw new TataException(ErrorKind.BAD_INPUT, "document.error.margins");
        }
        return session.write(Permission.DOCUMENT_ISSUE, tx -> {
            repository.saveMargins(tx, documentType,
                    new double[] {margins.top(), margins.right(), margins.bottom(), margins.left()});
            return margins;
        });
    }

    /** Texts and margins of a type together, in one transaction (the "Templat naskah" dialog saves both). */
    public TemplateTexts save(Session session, TemplateTexts texts, Margins margins) {
        check(texts);
        return session.write(Permission.DOCUMENT_ISSUE, tx -> {
            saveMargins(session, texts.documentType(), margins);
            return save(session, texts);
        });
    }

    /** Menimbang items begin with "bahwa"; no part that a decree needs may be empty. */
    static void check(TemplateTexts texts) {
        List<String> considerations = texts.part(TemplatePart.CONSIDERATION);
        for (int i = 0; i < considerations.size(); i++) {
            if (!considerations.get(i).strip().toLowerCase(Locale.ROOT).startsWith("bahwa")) {
                throw new TataException(ErrorKind.BAD_INPUT, "document.error.considerationBahwa", i + 1);
            }
        }
        for (TemplatePart part : List.of(TemplatePart.CONSIDERATION, TemplatePart.LEGAL_BASIS, TemplatePart.DIKTUM)) {
            if (texts.part(part).isEmpty() || texts.part(part).stream().anyMatch(String::isBlank)) {
                throw new TataException(ErrorKind.BAD_INPUT, "document.error.partEmpty",
                        new id.tata.common.error.Localized("document.part." + part.name()));
            }
        }
    }
}
