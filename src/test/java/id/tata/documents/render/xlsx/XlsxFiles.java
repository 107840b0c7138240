package id.tata.documents.render.xlsx;

import id.tata.documents.model.Document;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableGrid;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a document to XLSX and reads it back with POI, as a recipient's spreadsheet program would. */
public final class XlsxFiles {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private XlsxFiles() {
    }

    public static byte[] bytes(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XlsxRenderer().render(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The rendered workbook, opened from its bytes (not the object that wrote it). */
    public static XSSFWorkbook open(Document document) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(document)));
    }

    /** Keeps a copy under target/ to look at (render-doc.sh) and returns its path. */
    public static Path save(Document document, String name) throws IOException {
        Path file = Path.of("target", "rendered", name + ".xlsx");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes(document));
        return file;
    }

    /** Every cell's text as an Indonesian reader's Excel shows it, sheet by sheet, row by row. */
    public static String shownText(XSSFWorkbook workbook) {
        DataFormatter formatter = new DataFormatter(INDONESIAN);
        StringBuilder text = new StringBuilder();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    text.append(formatter.formatCellValue(cell)).append(' ');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The words of the tables' cells as the DOCX and PDF print them, in reading order. */
    public static List<String> tableWords(Document document) {
        List<String> words = new ArrayList<>();
        for (Table table : document.tables()) {
            for (TableGrid.Placed placed : table.grid().placed()) {
                words.addAll(List.of(placed.cell().displayText().strip().split("\\s+")));
            }
        }
        words.removeIf(String::isEmpty);
        return words;
    }
}
