package id.tata.documents.render.xlsx;

import id.tata.documents.model.Margins;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Section;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.Locale;

/**
 * How a sheet prints: the document's paper, the section's orientation and margins, one page wide, the header rows
 * repeated on every page and the section's page numbers. Offices print these lists as attachments, so the printout
 * should look like the PDF's table rather than Excel's defaults (Letter paper, columns cut across pages).
 */
final class PrintLayout {
    private static final double MM_PER_INCH = 25.4;

    private PrintLayout() {
    }

    /** {@code headerFirst}..{@code headerLast} are the sheet rows to repeat (0-based); -1 when nothing repeats. */
    static void apply(XSSFSheet sheet, PageSetup page, Section section, int headerFirst, int headerLast) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(paperSize(page));
        print.setLandscape(section.orientation() == Orientation.LANDSCAPE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        // 0 = as many pages down as the rows need
        print.setFitHeight((short) 0);
        margins(sheet, page.margins(section.orientation()));
        if (headerFirst >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerFirst, headerLast, -1, -1));
        }
        pageNumbers(sheet, section.numbering());
    }

    private static short paperSize(PageSetup page) {
        return switch (page.paperName().toUpperCase(Locale.ROOT)) {
            // F4 (215 × 330 mm) is Excel's Folio, 8½ × 13 in
            case "F4", "FOLIO" -> PrintSetup.FOLIO8_PAPERSIZE;
            case "LEGAL" -> PrintSetup.LEGAL_PAPERSIZE;
            case "LETTER" -> PrintSetup.LETTER_PAPERSIZE;
            default -> PrintSetup.A4_PAPERSIZE;
        };
    }

    private static void margins(XSSFSheet sheet, Margins margins) {
        sheet.setMargin(PageMargin.TOP, inches(margins.top()));
        sheet.setMargin(PageMargin.BOTTOM, inches(margins.bottom()));
        sheet.setMargin(PageMargin.LEFT, inches(margins.left()));
        sheet.setMargin(PageMargin.RIGHT, inches(margins.right()));
        // page numbers sit halfway into the top and bottom margins
        sheet.setMargin(PageMargin.HEADER, inches(margins.top() / 2));
        sheet.setMargin(PageMargin.FOOTER, inches(margins.bottom() / 2));
    }

    private static void pageNumbers(XSSFSheet sheet, PageNumbering numbering) {
        // &P is the page number field of Excel's header and footer codes
        if (numbering == PageNumbering.DASHED_FROM_SECOND) {
            sheet.getOddHeader().setCenter("- &P -");
            sheet.getHeaderFooterProperties().setDifferentFirst(true);
        } else if (numbering == PageNumbering.FOOTER_EVERY_PAGE) {
            sheet.getOddFooter().setCenter("&P");
        }
    }

    private static double inches(double mm) {
        return mm / MM_PER_INCH;
    }
}
