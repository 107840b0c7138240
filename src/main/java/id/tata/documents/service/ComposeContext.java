package id.tata.documents.service;

import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.PageSetup;
import id.tata.documents.official.DecreeFrame;
import id.tata.documents.template.TemplateTexts;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a document type needs besides its own data: the decree frame (office, number, date, signer, emblem, page), the
 * template texts with placeholders filled, the government's names, the date the data is shown as of, the agency logo,
 * the contact line of an agency kop (postal code, telephone, e-mail, website from the profile) and the type-specific
 * options of the request (e.g. "team" = id).
 */
public record ComposeContext(DecreeFrame frame, TemplateTexts template, Map<String, String> placeholders,
                             String governmentName, String regionHeadTitle, LocalDate asOf, PageSetup page,
                             ImageBlock logo, String contactLine, Map<String, String> options) {
    public ComposeContext {
        placeholders = Map.copyOf(placeholders);
        options = Map.copyOf(options);
    }

    /** The template texts with the workspace placeholders filled. */
    public TemplateTexts texts() {
        return template.filled(placeholders);
    }

    /** The template texts with the workspace placeholders and the type's own ({tim}, a different {tahun}). */
    public TemplateTexts texts(Map<String, String> own) {
        Map<String, String> all = new java.util.HashMap<>(placeholders);
        all.putAll(own);
        return template.filled(all);
    }

    public String option(String key) {
        return options.get(key);
    }
}
