package id.tata.documents.render.docx;

import id.tata.documents.model.Align;
import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.Letterhead;
import id.tata.documents.model.Paragraph;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.util.List;

import static id.tata.documents.render.docx.DocxUnits.twips;

/**
 * The kop. EMBLEM_ABOVE: the emblem in a centred paragraph above the centred lines. LOGO_LEFT: a borderless
 * two-column table, the logo left and the lines centred in the right column, as agencies set their kop in Word.
 * The closing rule is a bottom border on a paragraph of its own.
 */
final class DocxLetterheads {
    /** Room around the logo inside its column. */
    private static final double LOGO_COLUMN_EXTRA_MM = 5;

    private DocxLetterheads() {
    }

    static void write(Letterhead letterhead, DocxBlocks flow, int textWidthTwips) throws IOException {
        if (letterhead.layout() == Letterhead.Layout.LOGO_LEFT && letterhead.image() != null) {
            logoLeft(letterhead.image(), letterhead.lines(), flow, textWidthTwips);
        } else {
            emblemAbove(letterhead.image(), letterhead.lines(), flow);
        }
        if (letterhead.closingRule() != null) {
            DocxRules.rule(letterhead.closingRule(), flow.paragraph());
        }
    }

    private static void emblemAbove(ImageBlock image, List<Paragraph> lines, DocxBlocks flow) throws IOException {
        if (image != null) {
            XWPFParagraph picture = flow.paragraph();
            DocxParagraphs.align(picture, Align.CENTER);
            picture.setKeepNext(true);
            DocxImages.append(image, picture);
        }
        for (Paragraph line : lines) {
            DocxParagraphs.write(line, flow.paragraph(), 0, null);
        }
    }

    private static void logoLeft(ImageBlock image, List<Paragraph> lines, DocxBlocks flow, int textWidthTwips)
            throws IOException {
        int logoWidth = twips(image.widthMm() + LOGO_COLUMN_EXTRA_MM);
        int[] widths = {logoWidth, textWidthTwips - logoWidth};
        XWPFTable table = flow.table();
        DocxTables.frame(table, 0, widths, false);
        XWPFTableRow row = table.insertNewTableRow(0);
        row.setCantSplitRow(true);
        XWPFTableCell logo = cell(row, widths[0]);
        XWPFParagraph picture = logo.getParagraphs().get(0);
        DocxParagraphs.align(picture, Align.CENTER);
        DocxImages.append(image, picture);
        XWPFTableCell text = cell(row, widths[1]);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph target = i == 0 ? text.getParagraphs().get(0) : text.addParagraph();
            DocxParagraphs.write(lines.get(i), target, 0, null);
        }
    }

    private static XWPFTableCell cell(XWPFTableRow row, int widthTwips) {
        XWPFTableCell cell = row.createCell();
        DocxTables.width(DocxTables.tcPr(cell).addNewTcW(), widthTwips);
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        return cell;
    }
}
