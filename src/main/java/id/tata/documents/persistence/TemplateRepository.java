package id.tata.documents.persistence;

import id.tata.documents.template.TemplatePart;
import id.tata.workspace.Tx;
import id.tata.workspace.schema.tables.records.DocumentLayoutRecord;
import id.tata.workspace.schema.tables.records.DocumentTemplateRecord;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.tata.workspace.schema.Tables.DOCUMENT_LAYOUT;
import static id.tata.workspace.schema.Tables.DOCUMENT_TEMPLATE;

/** Stored template texts and margins per document type; writes are audited through {@link Tx}. */
public final class TemplateRepository {

    /** The stored texts of a type, empty when the workspace still uses the defaults. */
    public Map<TemplatePart, List<String>> texts(DSLContext dsl, String documentType) {
        Map<TemplatePart, List<String>> parts = new EnumMap<>(TemplatePart.class);
        dsl.selectFrom(DOCUMENT_TEMPLATE).where(DOCUMENT_TEMPLATE.DOCUMENT_TYPE.eq(documentType))
                .orderBy(DOCUMENT_TEMPLATE.PART, DOCUMENT_TEMPLATE.POSITION)
                .forEach(r -> parts.computeIfAbsent(TemplatePart.valueOf(r.getPart()), p -> new ArrayList<>())
                        .add(r.getText()));
        return parts;
    }

    /** Replaces every stored text of the type. */
    public void replace(Tx tx, String documentType, Map<TemplatePart, List<String>> parts) {
        clear(tx, documentType);
        parts.forEach((part, texts) -> {
            for (int i = 0; i < texts.size(); i++) {
                DocumentTemplateRecord r = tx.dsl().newRecord(DOCUMENT_TEMPLATE);
                r.setDocumentType(documentType);
                r.setPart(part.name());
                r.setPosition(i + 1);
                r.setText(texts.get(i));
                tx.insert(r);
            }
        });
    }

    public void clear(Tx tx, String documentType) {
        for (DocumentTemplateRecord r : tx.dsl().selectFrom(DOCUMENT_TEMPLATE)
                .where(DOCUMENT_TEMPLATE.DOCUMENT_TYPE.eq(documentType)).fetch()) {
            tx.delete(r);
        }
    }

    /** Stored margins (top, right, bottom, left in mm) of a type. */
    public Optional<double[]> margins(DSLContext dsl, String documentType) {
        return dsl.selectFrom(DOCUMENT_LAYOUT).where(DOCUMENT_LAYOUT.DOCUMENT_TYPE.eq(documentType))
                .fetchOptional()
                .map(r -> new double[] {r.getMarginTop(), r.getMarginRight(), r.getMarginBottom(), r.getMarginLeft()});
    }

    public void saveMargins(Tx tx, String documentType, double[] trbl) {
        DocumentLayoutRecord r = tx.dsl().selectFrom(DOCUMENT_LAYOUT)
                .where(DOCUMENT_LAYOUT.DOCUMENT_TYPE.eq(documentType)).fetchOptional().orElse(null);
        boolean fresh = r == null;
        if (fresh) {
            r = tx.dsl().newRecord(DOCUMENT_LAYOUT);
            r.setDocumentType(documentType);
        }
        r.setMarginTop((float) trbl[0]);
        r.setMarginRight((float) trbl[1]);
        r.setMarginBottom((float) trbl[2]);
        r.setMarginLeft((float) trbl[3]);
        if (fresh) {
            tx.insert(r);
        } else {
            tx.update(r);
        }
    }
}
