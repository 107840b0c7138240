package id.tata.evaluation.domain;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceKindTest {

    @Test
    void recognisesPdfAndImagesByTheirFirstBytes() {
        assertEquals(Optional.of(EvidenceKind.PDF), EvidenceKind.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(EvidenceKind.JPEG), EvidenceKind.of(new byte[]{(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(Optional.of(EvidenceKind.GIF), EvidenceKind.of("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), EvidenceKind.of("%PD".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), EvidenceKind.of(new byte[0]));
    }

    @Test
    void tellsWordFromExcelFromAPlainZip() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("Bukti");
            d.write(docx);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook w = new XSSFWorkbook()) {
            w.createSheet("a");
            w.write(xlsx);
        }
        assertEquals(Optional.of(EvidenceKind.WORD), EvidenceKind.of(docx.toByteArray()));
        assertEquals(Optional.of(EvidenceKind.EXCEL), EvidenceKind.of(xlsx.toByteArray()));
        assertEquals(Optional.empty(), EvidenceKind.of(zip("program.exe", "MZ")));
        assertEquals(Optional.of(EvidenceKind.OPEN_DOCUMENT),
                EvidenceKind.of(zip("mimetype", "application/vnd.oasis.opendocument.text")));
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
