package id.tata.documents.model;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Indonesian printed forms of cell values; the same forms the XLSX number formats produce. */
final class CellText {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    private CellText() {
    }

    static String display(CellValue value) {
        // Java 17: no pattern matching in switch yet
        if (value instanceof CellValue.Number n) {
            return number(n);
        }
        if (value instanceof CellValue.Date d) {
            return DATE.format(d.value());
        }
        return ((CellValue.Text) value).text();
    }

    private static String number(CellValue.Number n) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(INDONESIAN);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        String pattern = "#,##0" + (n.decimals() > 0 ? "." + "0".repeat(n.decimals()) : "");
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(n.value());
    }
}
