package id.tata.importing;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets save it: UTF-8 with or without BOM, ',' or ';' between fields (Excel in an Indonesian locale
 * writes ';'), fields in double quotes may hold separators, line breaks and doubled quotes.
 */
final class CsvReader {
    private CsvReader() {}

    static SourceTable read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return parse(file.getFileName().toString(), text);
    }

    static SourceTable parse(String source, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = detectSeparator(body);
        List<SourceRow> records = new CsvRecords(body, separator).all();
        if (records.isEmpty() || records.get(0).isBlank()) {
            throw new TataException(ErrorKind.BAD_INPUT, "import.error.emptyFile", source);
        }
        List<SourceRow> data = records.subList(1, records.size()).stream().filter(r -> !r.isBlank()).toList();
        return new SourceTable(source, records.get(0).cells(), data);
    }

    /** The separator is whichever of ';' and ',' occurs more often outside quotes in the header line. */
    static char detectSeparator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Splits the text into records, remembering the line each record starts on. */
    private static final class CsvRecords {
        private final String text;
        private final char separator;
        private final List<SourceRow> records = new ArrayList<>();
        private List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int line = 1;
        private int recordLine = 1;
        private boolean quoted;

        CsvRecords(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        List<SourceRow> all() {
            for (int i = 0; i < text.length(); i++) {
                i = quoted ? inQuotes(i) : outsideQuotes(i);
            }
            if (field.length() > 0 || !fields.isEmpty()) {
                endRecord();
            }
            return records;
        }

        /** Handles the character at i inside quotes; returns the index of the last character used. */
        private int inQuotes(int i) {
            char c = text.charAt(i);
            if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                return i + 1;
            }
            if (c == '"') {
                quoted = false;
            } else {
                line += c == '\n' ? 1 : 0;
                field.append(c);
            }
            return i;
        }

        private int outsideQuotes(int i) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                endField();
            } else if (c == '\n' || c == '\r') {
                endRecord();
                line++;
                recordLine = line;
                return c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 1 : i;
            } else {
                field.append(c);
            }
            return i;
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
        }

        private void endRecord() {
            endField();
            records.add(new SourceRow(recordLine, fields));
            fields = new ArrayList<>();
        }
    }
}
