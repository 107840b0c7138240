package id.tata.documents.render.pdf;

import id.tata.documents.model.Block;
import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.LabeledBlock;
import id.tata.documents.model.Letterhead;
import id.tata.documents.model.ListBlock;
import id.tata.documents.model.PageBreak;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Rule;
import id.tata.documents.model.SignatureBlock;
import id.tata.documents.model.Table;

import java.util.List;

/**
 * Walks a section's blocks into the flow. Lists and labelled blocks do not become tables: their labels hang in front
 * of the first paragraph of their content (see {@link HangingLabels}) and the content is indented, so everything stays
 * plain paragraphs that OpenPDF breaks across pages line by line.
 */
final class PdfBlocks {
    /** The column after a labelled block's label that holds the separator (":") and the space after it. */
    private static final float SEPARATOR_COLUMN = PdfUnits.pt(4);
    private static final float SEPARATOR_PADDING = PdfUnits.pt(1.5);

    private final PdfText text;
    private final PdfFlow flow;
    private final float textWidth;
    private final PdfParagraphs paragraphs;
    private final PdfTables tables;
    private final PdfSignatures signatures;
    private final PdfLetterheads letterheads;

    PdfBlocks(PdfText text, PdfFlow flow, float textWidth) {
        this.text = text;
        this.flow = flow;
        this.textWidth = textWidth;
        this.paragraphs = new PdfParagraphs(text);
        this.tables = new PdfTables(text);
        this.signatures = new PdfSignatures(text);
        this.letterheads = new PdfLetterheads(paragraphs);
    }

    void render(List<Block> blocks) {
        render(blocks, 0, HangingLabels.NONE);
    }

    /** The labels go in front of the first block only. */
    private void render(List<Block> blocks, float indent, HangingLabels labels) {
        HangingLabels pending = labels;
        for (Block block : blocks) {
            render(block, indent, pending);
            pending = HangingLabels.NONE;
        }
    }

    // Java 17: no pattern matching in switch yet
    private void render(Block block, float indent, HangingLabels labels) {
        if (block instanceof Paragraph p) {
            flow.add(paragraphs.paragraph(p, indent, labels), p.keepWithNext());
            return;
        }
        if (block instanceof ListBlock list) {
            list(list, indent, labels);
            return;
        }
        if (block instanceof LabeledBlock labeled) {
            labeled(labeled, indent, labels);
            return;
        }
        if (!labels.isEmpty()) {
            flow.add(paragraphs.labelsOnly(indent, labels), true);
        }
        float width = textWidth - indent;
        if (block instanceof Table table) {
            flow.add(tables.table(table, width));
        } else if (block instanceof ImageBlock image) {
            flow.add(PdfImages.block(image, indent));
        } else if (block instanceof SignatureBlock signature) {
            flow.add(signatures.signature(signature, textWidth, width));
        } else if (block instanceof Letterhead head) {
            letterheads.render(head, indent, width, flow);
        } else if (block instanceof Rule rule) {
            flow.add(PdfRules.rule(rule, width));
        } else if (block instanceof PageBreak) {
            flow.pageBreak();
        }
    }

    /** Each item's label hangs at the list's indent; its content starts a label width further. */
    private void list(ListBlock list, float indent, HangingLabels labels) {
        float contentIndent = indent + PdfUnits.pt(list.labelWidthMm());
        for (int i = 0; i < list.items().size(); i++) {
            HangingLabels itemLabels = (i == 0 ? labels : HangingLabels.NONE).then(list.label(i), indent);
            render(list.items().get(i).content(), contentIndent, itemLabels);
        }
    }

    /** "Menimbang" in its column, the separator in the next, the body after it. */
    private void labeled(LabeledBlock block, float indent, HangingLabels labels) {
        float separatorX = indent + PdfUnits.pt(block.labelWidthMm());
        HangingLabels withLabel = labels.then(block.label(), indent);
        if (block.separator().isEmpty()) {
            render(block.body(), separatorX, withLabel);
            return;
        }
        float separatorColumn = Math.max(SEPARATOR_COLUMN, text.width(block.separator()) + SEPARATOR_PADDING);
        render(block.body(), separatorX + separatorColumn, withLabel.then(block.separator(), separatorX));
    }
}
