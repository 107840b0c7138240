package id.tata.documents.render.docx;

import id.tata.documents.model.Block;
import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.LabeledBlock;
import id.tata.documents.model.Letterhead;
import id.tata.documents.model.ListBlock;
import id.tata.documents.model.ListItem;
import id.tata.documents.model.ListStyle;
import id.tata.documents.model.PageBreak;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Rule;
import id.tata.documents.model.SignatureBlock;
import id.tata.documents.model.Table;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import static id.tata.documents.render.docx.DocxUnits.twips;

/**
 * Writes the blocks of one section into the document body. Nesting (list items, labelled bodies) is expressed by
 * the left edge of the text column, in twips from the margin; a pending {@link Lead} puts the labels of the
 * enclosing blocks in front of the first paragraph ("Menimbang : a. bahwa …").
 */
final class DocxBlocks {
    /** Column of the separator (":") between a label and its body. */
    static final double SEPARATOR_WIDTH_MM = 5;

    private final XWPFDocument document;
    private final DocxNumbering numbering;
    private final DocxTables tables;
    private final double textWidthMm;

    DocxBlocks(XWPFDocument document, DocxNumbering numbering, DocxTables tables, double textWidthMm) {
        this.document = document;
        this.numbering = numbering;
        this.tables = tables;
        this.textWidthMm = textWidthMm;
    }

    void write(List<Block> blocks) throws IOException {
        write(blocks, 0, null);
    }

    /** {@code blocks} in a column starting {@code left} twips from the margin; {@code lead} goes before the first. */
    private void write(List<Block> blocks, int left, Lead lead) throws IOException {
        Lead pending = lead;
        for (Block block : blocks) {
            write(block, left, pending);
            pending = null;
        }
        if (pending != null) {
            labelsOnly(pending, left);
        }
    }

    private void write(Block block, int left, Lead lead) throws IOException {
        // Java 17: no pattern matching in switch yet
        if (block instanceof Paragraph p) {
            DocxParagraphs.write(p, paragraph(), left, lead);
            return;
        }
        if (block instanceof ListBlock l) {
            list(l, left, lead);
            return;
        }
        if (block instanceof LabeledBlock b) {
            labeled(b, left, lead);
            return;
        }
        if (lead != null) {
            labelsOnly(lead, left);
        }
        if (block instanceof Table t) {
            tables.write(t, table(), left, twips(textWidthMm) - left);
        } else if (block instanceof ImageBlock i) {
            DocxImages.write(i, paragraph());
        } else if (block instanceof SignatureBlock s) {
            DocxSignatures.write(s, this::paragraph, textWidthMm);
        } else if (block instanceof Letterhead h) {
            DocxLetterheads.write(h, this, twips(textWidthMm));
        } else if (block instanceof Rule r) {
            DocxRules.rule(r, paragraph());
        } else if (block instanceof PageBreak) {
            DocxRules.pageBreak(paragraph());
        }
    }

    /**
     * Word numbering for the items, except where Word cannot do it: ORDINAL_WORDS (Word has no Indonesian ordinal
     * format, so KESATU, KEDUA … are written as label text followed by a tab, with a hanging indent and a tab stop),
     * and the first item when labels of an enclosing block must stand before it on the same line.
     */
    private void list(ListBlock list, int left, Lead lead) throws IOException {
        int labelWidth = twips(list.labelWidthMm());
        int textLeft = left + labelWidth;
        BigInteger numId = null;
        for (int i = 0; i < list.items().size(); i++) {
            Lead itemLead;
            if (i == 0 && lead != null) {
                itemLead = lead.then(list.label(0), labelWidth);
            } else if (list.style() == ListStyle.ORDINAL_WORDS) {
                itemLead = Lead.text(left, list.label(i), labelWidth);
            } else {
                if (numId == null) {
                    numId = numbering.startList(list.style(), textLeft, labelWidth, list.start() + i);
                }
                itemLead = Lead.numbered(left, numId, labelWidth);
            }
            ListItem item = list.items().get(i);
            write(item.content(), textLeft, itemLead);
        }
    }

    /** Label, tab, separator, tab, body: the body column starts after the label and separator columns. */
    private void labeled(LabeledBlock block, int left, Lead lead) throws IOException {
        int labelWidth = twips(block.labelWidthMm());
        Lead labels = lead == null ? Lead.text(left, block.label(), labelWidth) : lead.then(block.label(), labelWidth);
        int bodyLeft = left + labelWidth;
        if (!block.separator().isEmpty()) {
            int separatorWidth = twips(SEPARATOR_WIDTH_MM);
            labels = labels.then(block.separator(), separatorWidth);
            bodyLeft += separatorWidth;
        }
        write(block.body(), bodyLeft, labels);
    }

    /** The labels alone on their line, when what follows is not a paragraph (a table, a picture). */
    private void labelsOnly(Lead lead, int left) {
        DocxParagraphs.lead(paragraph(), left, lead);
    }

    XWPFParagraph paragraph() {
        return document.createParagraph();
    }

    /** A new empty table; Word joins tables that touch, so a table right after a table gets a paragraph between. */
    XWPFTable table() {
        List<IBodyElement> body = document.getBodyElements();
        if (!body.isEmpty() && body.get(body.size() - 1).getElementType() == BodyElementType.TABLE) {
            paragraph();
        }
        return document.createTable();
    }
}
