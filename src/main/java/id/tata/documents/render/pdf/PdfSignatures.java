package id.tata.documents.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import id.tata.documents.model.SignatureBlock;

import java.util.List;

/**
 * The signature block as a borderless one-column table in the right part of the text width. OpenPDF keeps such a
 * table on one page, so place, office, signing room and name never part.
 */
final class PdfSignatures {
    private final PdfText text;

    PdfSignatures(PdfText text) {
        this.text = text;
    }

    /** @param textWidth the full text width {@code leftFraction} is measured in */
    PdfPTable signature(SignatureBlock block, float textWidth, float available) {
        float width = Math.min(available, textWidth * (float) (1 - block.leftFraction()));
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setKeepTogether(true);
        // one empty line between the text and the signature, as typed decrees have
        table.setSpacingBefore(text.leading());
        lines(table, block.placeAndDate(), text.regular());
        lines(table, block.office(), text.regular());
        PdfPCell room = borderless(new PdfPCell());
        room.setFixedHeight(PdfUnits.pt(block.signatureSpaceMm()));
        table.addCell(room);
        Font name = text.font(block.nameBold(), false, text.size(), null);
        lines(table, List.of(block.name()), name, block.nameUnderlined());
        lines(table, block.afterName(), text.regular());
        return table;
    }

    private void lines(PdfPTable table, List<String> lines, Font font) {
        lines(table, lines, font, false);
    }

    private void lines(PdfPTable table, List<String> lines, Font font, boolean underline) {
        for (String line : lines) {
            PdfPCell cell = borderless(new PdfPCell(text.phrase(line, font, underline)));
            cell.setLeading(text.leading(), 0);
            cell.setMinimumHeight(text.leading());
            table.addCell(cell);
        }
    }

    private static PdfPCell borderless(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }
}
