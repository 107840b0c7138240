package id.tata.documents.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a table cell holds. Numbers and dates stay typed so the XLSX gets real number/date cells; the DOCX and PDF
 * print them in Indonesian form (1.234,50; 25 November 2026).
 */
public sealed interface CellValue {
    record Text(String text) implements CellValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A number shown with {@code decimals} decimals; {@code percent} multiplies by nothing, only adds " %" when shown. */
    record Number(BigDecimal value, int decimals) implements CellValue {
        public Number {
            Objects.requireNonNull(value, "value");
            if (decimals < 0 || decimals > 6) {
                throw new IllegalArgumentException("decimals 0..6");
            }
        }
    }

    record Date(LocalDate value) implements CellValue {
        public Date {
            Objects.requireNonNull(value, "value");
        }
    }

    static CellValue text(String text) {
        return new Text(text == null ? "" : text);
    }

    static CellValue number(long value) {
        return new Number(BigDecimal.valueOf(value), 0);
    }

    static CellValue number(BigDecimal value, int decimals) {
        return new Number(value, decimals);
    }

    static CellValue date(LocalDate value) {
        return new Date(value);
    }
}
