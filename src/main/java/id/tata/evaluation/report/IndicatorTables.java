package id.tata.evaluation.report;

import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Column;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.Aspect;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.domain.Indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Laporan's landscape parts: the level of every indicator, the indicators not scored, the hash appendix. */
final class IndicatorTables {
    private static final int COLUMNS = 7;

    private IndicatorTables() {
    }

    static List<Block> indicators(ReportSource source) {
        Map<Integer, Answer> counted = source.counted();
        List<TableRow> body = new ArrayList<>();
        for (Aspect aspect : source.instrument().aspects()) {
            body.add(TableRow.of(TableCell.of("Aspek " + aspect.no() + ". " + aspect.name())
                    .spanning(COLUMNS, 1).bolded().aligned(Align.LEFT).shaded(ReportBlocks.DOMAIN_SHADE)));
            for (Indicator indicator : source.instrument().indicatorsOf(aspect)) {
                body.add(indicatorRow(source, indicator, counted.get(indicator.no())));
            }
        }
        List<Column> columns = List.of(Column.of(0.8, Align.CENTER), Column.of(4), Column.of(1.7, Align.CENTER),
                Column.of(2), Column.of(1.9), Column.of(5.6), Column.of(4.2));
        TableRow head = TableRow.of(TableCell.header("No"), TableCell.header("Indikator"),
                TableCell.header("Tingkat"), TableCell.header("Nama Tingkat"), TableCell.header("Status"),
                TableCell.header("Penjelasan"), TableCell.header("Bukti Dukung (SHA-256 awal)"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(ReportBlocks.heading("D. Nilai per Indikator").keptWithNext());
        blocks.add(Table.of("Nilai per Indikator", columns, List.of(head), body));
        blocks.add(ReportBlocks.heading("E. Indikator yang Belum Dinilai").keptWithNext());
        blocks.add(missing(source, counted));
        return blocks;
    }

    private static TableRow indicatorRow(ReportSource source, Indicator indicator, Answer answer) {
        Answer shown = answer != null ? answer : source.answer(indicator.no());
        boolean scored = answer != null;
        String level = scored ? String.valueOf(answer.selfLevel()) : "–";
        String levelName = scored ? source.instrument().levelName(indicator, answer.selfLevel()) : "";
        String evidence = shown.evidence().isEmpty() ? "–" : shown.evidence().stream()
                .map(e -> e.originalName() + " (" + ReportTexts.shortHash(e) + ")")
                .collect(Collectors.joining("\n"));
        return TableRow.of(TableCell.of(CellValue.number(indicator.no())), TableCell.of(indicator.name()),
                TableCell.of(level), TableCell.of(levelName), TableCell.of(status(shown)),
                TableCell.of(shown.explanation().isEmpty() ? "–" : shown.explanation()), TableCell.of(evidence));
    }

    /** The review status; "Belum diisi" for an indicator nobody has given a level (a blank draft). */
    private static String status(Answer answer) {
        return answer.selfLevel() == null ? "Belum diisi" : ReportTexts.status(answer.status());
    }

    private static Block missing(ReportSource source, Map<Integer, Answer> counted) {
        List<TableRow> body = new ArrayList<>();
        for (Indicator indicator : source.instrument().indicators()) {
            if (!counted.containsKey(indicator.no())) {
                body.add(TableRow.of(TableCell.of(CellValue.number(indicator.no())), TableCell.of(indicator.name()),
                        TableCell.of(ReportTexts.missingReason(source.answer(indicator.no())))));
            }
        }
        if (body.isEmpty()) {
            return Paragraph.of("Semua indikator telah dinilai.");
        }
        return Table.of("Indikator Belum Dinilai", List.of(Column.of(0.8, Align.CENTER), Column.of(9),
                Column.of(6)), List.of(TableRow.of(TableCell.header("No"), TableCell.header("Indikator"),
                TableCell.header("Keadaan"))), body);
    }

    /** Every evidence file of the indicators shown, with its full SHA-256. */
    static List<Block> appendix(ReportSource source) {
        List<TableRow> body = new ArrayList<>();
        int row = 1;
        for (Answer answer : source.answers()) {
            for (EvidenceRef evidence : answer.evidence()) {
                body.add(TableRow.of(TableCell.of(CellValue.number(row++)),
                        TableCell.of(CellValue.number(answer.indicatorNo())),
                        TableCell.of(evidence.originalName()), TableCell.of(ReportTexts.size(evidence.size())),
                        TableCell.of(evidence.sha256())));
            }
        }
        List<Block> blocks = new ArrayList<>(ReportBlocks.title("Lampiran", "Daftar Bukti Dukung dan Nilai Hash"));
        blocks.add(Paragraph.of("Nilai SHA-256 di bawah ini memungkinkan setiap berkas bukti dukung diperiksa: berkas "
                + "yang isinya berubah menghasilkan nilai yang berbeda."));
        blocks.add(SelfAssessmentReport.spacer());
        if (body.isEmpty()) {
            blocks.add(Paragraph.of("Belum ada bukti dukung yang dilampirkan."));
            return blocks;
        }
        blocks.add(Table.of("Daftar Bukti Dukung", List.of(Column.of(0.8, Align.CENTER),
                Column.of(1.6, Align.CENTER), Column.of(4.6), Column.of(1.6, Align.RIGHT), Column.of(11)),
                List.of(TableRow.of(TableCell.header("No"), TableCell.header("Indikator"),
                        TableCell.header("Nama Berkas"), TableCell.header("Ukuran"), TableCell.header("SHA-256"))),
                body));
        return blocks;
    }
}
