// Rendering benchmark: a decree of about 40 pages (Menimbang, Mengingat, diktum, a 440-row member table in
// Lampiran I and a landscape 100-row matrix in Lampiran II) rendered to DOCX and PDF, warm, in one JVM.
// Run with bench/documents.sh (it builds the classpath); prints the median of the timed runs per format.
import id.tata.documents.model.*;
import id.tata.documents.official.*;
import id.tata.documents.render.DocumentRenderer;
import id.tata.documents.render.docx.DocxRenderer;
import id.tata.documents.render.pdf.PdfRenderer;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class DocumentBench {
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Document decree = DecreeComposer.compose(decree());
        for (DocumentRenderer renderer : List.of(new DocxRenderer(), new PdfRenderer())) {
            byte[] last = null;
            for (int i = 0; i < warmup; i++) {
                last = render(renderer, decree);
            }
            long[] ms = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                last = render(renderer, decree);
                ms[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(ms);
            String pages = renderer.format().name().equals("PDF")
                    ? ", " + new com.lowagie.text.pdf.PdfReader(last).getNumberOfPages() + " pages" : "";
            System.out.printf("%s: median %d ms (min %d, max %d) over %d warm runs, %d KB%s%n", renderer.format(),
                    ms[runs / 2], ms[0], ms[runs - 1], runs, last.length / 1024, pages);
        }
    }

    static byte[] render(DocumentRenderer renderer, Document document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        renderer.render(document, out);
        return out.toByteArray();
    }

    static Decree decree() {
        List<String> considerations = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            considerations.add("bahwa pertimbangan nomor " + i + " menjelaskan alasan pembentukan tim koordinasi "
                    + "penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di lingkungan Pemerintah Kota Contoh");
            bases.add("Peraturan nomor " + i + " Tahun 20" + (10 + i) + " tentang ketentuan yang menjadi dasar hukum "
                    + "(Lembaran Negara Republik Indonesia Tahun 20" + (10 + i) + " Nomor " + (100 + i) + ")");
        }
        List<String> tasks = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            tasks.add("melaksanakan tugas koordinasi nomor " + i + " sesuai ketentuan peraturan perundang-undangan");
        }
        List<Decree.Diktum> diktums = List.of(
                Decree.Diktum.of("Membentuk Tim Koordinasi dengan susunan keanggotaan sebagaimana tercantum dalam "
                        + "Lampiran I yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
                new Decree.Diktum("Tim mempunyai tugas:", List.of(ListBlock.ofTexts(ListStyle.LOWER_ALPHA_DOT,
                        LegalText.punctuated(tasks)))),
                Decree.Diktum.of("Keputusan ini mulai berlaku pada tanggal ditetapkan."));
        return new Decree("Wali Kota Contoh", "Wali Kota", "Jawa Tengah", "188.45/123/HK/2026", LocalDate.of(2026, 11, 25),
                "Contoh", "Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik Kota Contoh Tahun 2026",
                considerations, bases, diktums, DecreeSigner.regionHead("H. Ahmad Sudrajat, S.E."),
                List.of("Gubernur Jawa Tengah", "Inspektur Kota Contoh"),
                List.of(new Decree.Annex("Susunan keanggotaan", List.of(members(440)), false),
                        new Decree.Annex("Matriks pembagian tugas", List.of(matrix(100)), true)),
                null, PageSetup.F4);
    }

    static Table members(int rows) {
        List<TableRow> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(TableRow.of(TableCell.of(CellValue.number(i)), TableCell.of("Nama Anggota Nomor " + i
                    + "\nNIP 19800101 200501 1 0" + (10 + i % 80)), TableCell.of("Kepala Bidang Nomor " + i
                    + " pada Dinas Komunikasi dan Informatika"), TableCell.of(i == 1 ? "Ketua" : "Anggota")));
        }
        return Table.of("Anggota", List.of(Column.of(1), Column.of(5), Column.of(6), Column.of(3)),
                List.of(TableRow.of(TableCell.header("No"), TableCell.header("Nama / NIP"),
                        TableCell.header("Jabatan"), TableCell.header("Kedudukan"))), body);
    }

    static Table matrix(int rows) {
        List<Column> columns = new ArrayList<>(List.of(Column.of(8)));
        List<TableCell> head = new ArrayList<>(List.of(TableCell.header("Tugas")));
        for (int c = 1; c <= 8; c++) {
            columns.add(Column.of(1, Align.CENTER));
            head.add(TableCell.header("Pihak " + c));
        }
        List<TableRow> body = new ArrayList<>();
        for (int r = 1; r <= rows; r++) {
            List<TableCell> cells = new ArrayList<>(List.of(TableCell.of("Tugas nomor " + r)));
            for (int c = 1; c <= 8; c++) {
                cells.add(TableCell.of((r + c) % 4 == 0 ? "A/C" : (r + c) % 3 == 0 ? "R" : "I"));
            }
            body.add(new TableRow(cells));
        }
        return Table.of("Matriks", columns, List.of(new TableRow(head)), body);
    }
}
