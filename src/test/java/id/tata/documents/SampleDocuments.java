package id.tata.documents;

import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Column;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.LabeledBlock;
import id.tata.documents.model.Letterhead;
import id.tata.documents.model.ListBlock;
import id.tata.documents.model.ListItem;
import id.tata.documents.model.ListStyle;
import id.tata.documents.model.PageBreak;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.ParagraphSpacing;
import id.tata.documents.model.Rule;
import id.tata.documents.model.Run;
import id.tata.documents.model.RunStyle;
import id.tata.documents.model.Section;
import id.tata.documents.model.SignatureBlock;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.model.TextStyle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * IR fixtures for renderer tests: one document that uses every kind of block (portrait section, then a landscape
 * section with a wide table), long enough to run over several pages.
 */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    /** Every block kind; 3 pages or more; section 2 landscape. Table "Daftar Uji" has 60 body rows. */
    public static Document everything() {
        List<Block> first = new ArrayList<>();
        first.add(new Letterhead(emblem(), Letterhead.Layout.EMBLEM_ABOVE,
                List.of(Paragraph.heading(1, "WALI KOTA CONTOH")), null));
        first.add(Paragraph.heading(1, "KEPUTUSAN WALI KOTA CONTOH"));
        first.add(Paragraph.centered("NOMOR 188.45/12/HK/2026"));
        first.add(Paragraph.of(Run.plain("Teks biasa, "), Run.bold("tebal"), Run.plain(", "),
                Run.styled("miring", RunStyle.ITALIC), Run.plain(", "), Run.styled("garis bawah", RunStyle.UNDERLINE),
                Run.plain(", m"), Run.styled("2", RunStyle.SUPERSCRIPT), Run.plain(".")));
        first.add(LabeledBlock.of("Menimbang", 30, ListBlock.ofTexts(ListStyle.LOWER_ALPHA_DOT, List.of(
                "bahwa untuk meningkatkan keterpaduan penyelenggaraan Sistem Pemerintahan Berbasis Elektronik "
                        + "diperlukan tim koordinasi yang bekerja lintas Perangkat Daerah;",
                "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan "
                        + "Wali Kota tentang Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik;"))));
        first.add(LabeledBlock.of("Mengingat", 30, ListBlock.ofTexts(ListStyle.DECIMAL_DOT, List.of(
                "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;",
                "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 59 Tahun 2020."))));
        first.add(Paragraph.heading(2, "MEMUTUSKAN:").spaced(ParagraphSpacing.around(12, 12)));
        first.add(LabeledBlock.of("KESATU", 30, Paragraph.of("Membentuk tim dengan tugas:"),
                ListBlock.of(ListStyle.LOWER_ALPHA_DOT, List.of(
                        ListItem.of(Paragraph.of("mengoordinasikan:"), ListBlock.ofTexts(ListStyle.DECIMAL_PAREN,
                                List.of("perencanaan;", "penganggaran."))),
                        ListItem.of("melaporkan hasilnya.")))));
        first.add(ListBlock.ofTexts(ListStyle.ORDINAL_WORDS, List.of("Diktum dalam bentuk daftar.",
                "Diktum kedua.")));
        first.add(ListBlock.ofTexts(ListStyle.LOWER_ALPHA_PAREN, List.of("butir a)", "butir b)")));
        first.add(ListBlock.ofTexts(ListStyle.DASH, List.of("butir tanda pisah")));
        first.add(new Rule(1.5, true));
        first.add(new SignatureBlock(List.of("Ditetapkan di Kota Contoh", "pada tanggal 25 November 2026"),
                List.of("WALI KOTA CONTOH,"), 25, "BUDI SANTOSO", true, false, List.of(), 0.5));
        first.add(PageBreak.INSTANCE);
        first.add(testTable());
        Section landscape = Section.landscape("Lampiran", List.of(
                Paragraph.heading(1, "LAMPIRAN TABEL LEBAR"), wideTable(),
                new ImageBlock(emblemBytes(), ImageBlock.ImageFormat.PNG, 20, 20, Align.RIGHT, "Kode QR")));
        return new Document(DocumentMeta.titled("Dokumen Uji Tata"), PageSetup.F4, TextStyle.DECREE,
                List.of(Section.portrait("Keputusan", first), landscape));
    }

    /** Header of two rows (a merged group), shading, numbers and dates, 60 rows so it crosses pages. */
    public static Table testTable() {
        List<TableRow> header = List.of(
                TableRow.of(TableCell.header("No").spanning(1, 2), TableCell.header("Nama").spanning(1, 2),
                        TableCell.header("Anggaran").spanning(2, 1)),
                TableRow.of(TableCell.header("Rupiah"), TableCell.header("Tanggal")));
        List<TableRow> body = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            body.add(TableRow.of(TableCell.of(CellValue.number(i)).aligned(Align.CENTER),
                    TableCell.of("Perangkat Daerah nomor " + i),
                    TableCell.of(CellValue.number(new BigDecimal("1234567.5").multiply(BigDecimal.valueOf(i)), 2)),
                    TableCell.of(CellValue.date(LocalDate.of(2026, 1, 1).plusDays(i)))));
        }
        body.add(TableRow.of(TableCell.of("Jumlah").spanning(2, 1).bolded().shaded("F2F2F2"),
                TableCell.of(CellValue.number(new BigDecimal("2259258525.00"), 2)).bolded(), TableCell.of("")));
        return Table.of("Daftar Uji", List.of(Column.of(1, Align.CENTER), Column.of(6), Column.of(3, Align.RIGHT),
                Column.of(3, Align.CENTER)), header, body);
    }

    private static Table wideTable() {
        List<Column> columns = new ArrayList<>();
        List<TableCell> head = new ArrayList<>();
        for (int c = 1; c <= 8; c++) {
            columns.add(Column.of(c == 1 ? 4 : 1, c == 1 ? Align.LEFT : Align.CENTER));
            head.add(TableCell.header(c == 1 ? "Tugas" : "Pihak " + c));
        }
        List<TableRow> body = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableCell.of("Tugas nomor " + r));
            for (int c = 2; c <= 8; c++) {
                cells.add(TableCell.of((r + c) % 3 == 0 ? "A/C" : "R").colored("C00000"));
            }
            body.add(new TableRow(cells));
        }
        return Table.of("Matriks", columns, List.of(new TableRow(head)), body);
    }

    public static ImageBlock emblem() {
        return new ImageBlock(emblemBytes(), ImageBlock.ImageFormat.PNG, 25, 25, Align.CENTER, "Lambang");
    }

    public static byte[] emblemBytes() {
        try (InputStream in = SampleDocuments.class.getResourceAsStream("/id/tata/sample/emblem.png")) {
            if (in == null) {
                throw new IllegalStateException("sample emblem missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
