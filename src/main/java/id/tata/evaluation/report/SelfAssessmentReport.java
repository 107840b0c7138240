package id.tata.evaluation.report;

import id.tata.common.l10n.IndonesianFormat;
import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
import id.tata.documents.model.Column;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.ImageBlock;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.ParagraphSpacing;
import id.tata.documents.model.Section;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.model.TextStyle;
import id.tata.evaluation.domain.Score;

import java.util.ArrayList;
import java.util.List;

/**
 * The Laporan Hasil Penilaian Mandiri: under the Diskominfo kop, the summary (index and predicate, self and — once
 * entered — verified), the domain and aspect table, the chart of the domain indexes; then, landscape, the level of
 * every indicator with its explanation and evidence, the indicators without a counted level, and an appendix with
 * the full SHA-256 of each evidence file so a printed copy can be checked against the files. A4, as reports are.
 */
public final class SelfAssessmentReport {
    public static final String TITLE = "Laporan Hasil Penilaian Mandiri";

    private SelfAssessmentReport() {
    }

    public static Document compose(ReportSource source) {
        Score self = source.selfScore();
        Score verified = source.verifiedScore().orElse(null);
        String subject = source.assessment().name() + " " + source.government();
        DocumentMeta meta = new DocumentMeta(TITLE + " " + source.assessment().name(), subject,
                source.government(), source.date(), "id-ID");
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Ringkasan", Orientation.PORTRAIT, PageNumbering.FOOTER_EVERY_PAGE,
                summary(source, self, verified)));
        sections.add(new Section("Nilai per Indikator", Orientation.LANDSCAPE, PageNumbering.FOOTER_EVERY_PAGE,
                IndicatorTables.indicators(source)));
        sections.add(new Section("Lampiran", Orientation.LANDSCAPE, PageNumbering.FOOTER_EVERY_PAGE,
                IndicatorTables.appendix(source)));
        return new Document(meta, PageSetup.A4, TextStyle.REPORT, sections);
    }

    private static List<Block> summary(ReportSource source, Score self, Score verified) {
        List<Block> blocks = new ArrayList<>();
        if (source.kop() != null) {
            blocks.add(source.kop());
        }
        blocks.addAll(ReportBlocks.title(TITLE, "Sistem Pemerintahan Berbasis Elektronik",
                source.government() + " Tahun " + source.assessment().year()));
        ReportBlocks.scopeNote(source).ifPresent(blocks::add);
        blocks.add(ReportBlocks.heading("A. Ringkasan"));
        blocks.add(summaryTable(source, self, verified));
        blocks.add(ReportBlocks.heading("B. Indeks per " + ReportBlocks.scope(source).replace(" / ", " dan "))
                .keptWithNext());
        blocks.add(ReportBlocks.domainTable(source, self, verified));
        List<DomainChart.Bar> bars = ReportBlocks.bars(source, self, verified);
        String what = source.instrument().domains().isEmpty() ? "aspek" : "domain";
        blocks.add(ReportBlocks.heading("C. Grafik Indeks per " + capitalized(what)).keptWithNext());
        blocks.add(new ImageBlock(DomainChart.png(bars), ImageBlock.ImageFormat.PNG, DomainChart.WIDTH_MM,
                DomainChart.heightMm(bars), Align.CENTER, "Grafik indeks per " + what));
        return blocks;
    }

    /** Label | value rows without lines: the figures a reader looks for first. */
    private static Table summaryTable(ReportSource source, Score self, Score verified) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(row("Instrumen", source.instrument().name() + " (" + source.instrument().code() + ", versi "
                + source.assessment().instrumentVersion() + ")"));
        rows.add(row("Penilaian", source.assessment().name() + (source.assessment().isFinal()
                ? ", final revisi " + source.assessment().revision() : ", belum final")));
        rows.add(row("Indeks mandiri", ReportTexts.indexWithPredicate(self)));
        if (verified != null) {
            rows.add(row("Indeks hasil verifikasi", ReportTexts.indexWithPredicate(verified)));
        }
        int total = source.instrument().indicators().size();
        rows.add(row("Indikator dinilai", (total - self.missing().size()) + " dari " + total
                + (source.includeUnapproved() ? " (semua jawaban)" : " (jawaban yang disetujui)")));
        rows.add(row("Tanggal laporan", IndonesianFormat.longDate(source.date())));
        return new Table("Ringkasan", List.of(Column.of(4), Column.of(0.4), Column.of(11)), List.of(), rows, false,
                false);
    }

    private static TableRow row(String label, String value) {
        return TableRow.of(TableCell.of(label), TableCell.of(":"), TableCell.of(value));
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static Paragraph spacer() {
        return Paragraph.of("").spaced(ParagraphSpacing.after(6));
    }
}
