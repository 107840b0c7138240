package id.tata.documents.render.xlsx;

import id.tata.documents.model.Blocks;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.Section;
import id.tata.documents.model.Table;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.render.DocumentRenderer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a document as a workbook with one sheet per table, in reading order, with real number and date cells so
 * the recipient can sum, sort and filter. The text around the tables is not repeated there (the DOCX and PDF carry
 * it); only the title and subject head each sheet. A document without tables gets one sheet with its text.
 */
public final class XlsxRenderer implements DocumentRenderer {
    @Override
    public DocumentFormat format() {
        return DocumentFormat.XLSX;
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            properties(workbook, document.meta());
            CellStyles styles = new CellStyles(workbook, document.text());
            SheetNames names = new SheetNames();
            int tables = 0;
            for (Section section : document.sections()) {
                for (Table table : Blocks.tablesIn(section.blocks())) {
                    tables++;
                    String wanted = table.caption().isBlank() ? section.name() : table.caption();
                    XSSFSheet sheet = workbook.createSheet(names.claim(wanted, "Tabel " + tables));
                    TableSheet.write(sheet, document, section, table, styles);
                }
            }
            if (tables == 0) {
                TextSheet.write(workbook.createSheet(names.claim(document.meta().title(), "Dokumen")), document,
                        styles);
            }
            workbook.write(new KeepOpen(out));
        }
    }

    private static void properties(XSSFWorkbook workbook, DocumentMeta meta) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(meta.title());
        core.setSubjectProperty(meta.subject());
        // without this the file names "Apache POI" as its author
        core.setCreator(meta.author());
    }

    /** The caller owns the stream: the renderer contract says render does not close it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
