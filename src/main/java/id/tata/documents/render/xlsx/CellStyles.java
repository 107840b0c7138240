package id.tata.documents.render.xlsx;

import id.tata.documents.model.Align;
import id.tata.documents.model.TextStyle;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The cell styles and fonts of one workbook, made once per distinct look: Excel allows about 64,000 styles, and a
 * style per cell would reach that on a long register and bloat the file.
 */
final class CellStyles {
    /** How a cell looks. {@code format} is an Excel number format, or null for text. */
    record Look(boolean bold, String color, String shading, Align align, boolean header, String format, boolean wrap,
                boolean borders) {
    }

    private record FontKey(boolean bold, String color, short heightTwips) {
    }

    private final XSSFWorkbook workbook;
    private final String fontName;
    private final short fontTwips;
    private final Map<Look, XSSFCellStyle> styles = new HashMap<>();
    private final Map<FontKey, XSSFFont> fonts = new HashMap<>();
    private XSSFCellStyle title;

    CellStyles(XSSFWorkbook workbook, TextStyle text) {
        this.workbook = workbook;
        this.fontName = text.family().wordName();
        this.fontTwips = (short) Math.round(text.sizePt() * 20);
        // the default font is what Excel measures column widths in, so it must be the document's font too
        XSSFFont standard = workbook.getFontAt(0);
        standard.setFontName(fontName);
        standard.setFontHeight(fontTwips);
    }

    XSSFCellStyle style(Look look) {
        return styles.computeIfAbsent(look, this::create);
    }

    /** The document title above a table: bold, two points larger than the text. */
    XSSFCellStyle title() {
        if (title == null) {
            title = workbook.createCellStyle();
            title.setFont(font(new FontKey(true, null, (short) (fontTwips + 40))));
        }
        return title;
    }

    /** Plain text that wraps within its column: the text-only sheet of a document without tables. */
    XSSFCellStyle wrappedText() {
        return style(new Look(false, null, null, Align.LEFT, false, null, true, false));
    }

    private XSSFCellStyle create(Look look) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font(new FontKey(look.bold(), look.color(), fontTwips)));
        style.setAlignment(horizontal(look.align()));
        // headers of two rows have cells spanning both: centred they read as one heading
        style.setVerticalAlignment(look.header() ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
        style.setWrapText(look.wrap());
        if (look.format() != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(look.format()));
        }
        if (look.shading() != null) {
            style.setFillForegroundColor(color(look.shading()));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (look.borders()) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private XSSFFont font(FontKey key) {
        return fonts.computeIfAbsent(key, k -> {
            XSSFFont font = workbook.createFont();
            font.setFontName(fontName);
            font.setFontHeight(k.heightTwips());
            font.setBold(k.bold());
            if (k.color() != null) {
                font.setColor(color(k.color()));
            }
            return font;
        });
    }

    private static XSSFColor color(String hex) {
        return new XSSFColor(HexFormat.of().parseHex(hex), null);
    }

    private static HorizontalAlignment horizontal(Align align) {
        // a justified cell would spread a short value over the whole width; spreadsheets read best left-aligned
        return switch (align) {
            case CENTER -> HorizontalAlignment.CENTER;
            case RIGHT -> HorizontalAlignment.RIGHT;
            case LEFT, JUSTIFY -> HorizontalAlignment.LEFT;
        };
    }
}
