package id.tata.evaluation.report;

import id.tata.documents.model.Align;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Column;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Section;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.model.TextStyle;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.Aspect;
import id.tata.evaluation.domain.Indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * Every answer of the assessment in one sheet, one row per indicator, whatever its status (the status column says
 * it): the working list to sort and filter in a spreadsheet. Levels are numbers, empty where not given.
 */
public final class AnswersWorkbook {
    public static final String TITLE = "Jawaban Penilaian Mandiri";
    static final List<String> HEADERS = List.of("No", "Domain", "Aspek", "Indikator", "Bobot (%)", "Nilai Mandiri",
            "Nama Tingkat", "Target", "Nilai Verifikasi", "Status", "Penanggung Jawab", "Penjelasan",
            "Layanan Publik", "Jumlah Bukti");

    private AnswersWorkbook() {
    }

    public static Document compose(ReportSource source) {
        List<TableRow> body = new ArrayList<>();
        for (Indicator indicator : source.instrument().indicators()) {
            body.add(row(source, indicator, source.answer(indicator.no())));
        }
        List<Column> columns = List.of(Column.of(0.8, Align.CENTER), Column.of(3), Column.of(3), Column.of(6),
                Column.of(1.2, Align.RIGHT), Column.of(1.2, Align.CENTER), Column.of(2), Column.of(1.2, Align.CENTER),
                Column.of(1.2, Align.CENTER), Column.of(1.8), Column.of(2), Column.of(8), Column.of(3),
                Column.of(1.2, Align.CENTER));
        Table table = Table.of("Jawaban", columns, List.of(new TableRow(HEADERS.stream().map(TableCell::header)
                .toList())), body);
        DocumentMeta meta = new DocumentMeta(TITLE + " " + source.assessment().name(), source.government(),
                source.government(), source.date(), "id-ID");
        Section section = new Section("Jawaban", Orientation.LANDSCAPE, PageNumbering.FOOTER_EVERY_PAGE,
                List.of(Paragraph.heading(1, TITLE + " " + source.assessment().name()), table));
        return new Document(meta, PageSetup.A4, TextStyle.REPORT, List.of(section));
    }

    private static TableRow row(ReportSource source, Indicator indicator, Answer answer) {
        Aspect aspect = source.instrument().aspect(indicator.aspect()).orElseThrow();
        String domain = aspect.domain() == null ? "" : source.instrument().domain(aspect.domain())
                .map(d -> d.name()).orElse("");
        return TableRow.of(TableCell.of(CellValue.number(indicator.no())), TableCell.of(domain),
                TableCell.of(aspect.name()), TableCell.of(indicator.name()),
                TableCell.of(ReportBlocks.number(indicator.weight())), level(answer.selfLevel()),
                TableCell.of(answer.selfLevel() == null ? "" : source.instrument().levelName(indicator,
                        answer.selfLevel())),
                level(answer.targetLevel()), level(answer.verifiedLevel()),
                TableCell.of(ReportTexts.status(answer.status())),
                TableCell.of(answer.assignee() == null ? "" : answer.assignee()), TableCell.of(answer.explanation()),
                TableCell.of(answer.publicService()), TableCell.of(CellValue.number(answer.evidence().size())));
    }

    private static TableCell level(Integer level) {
        return level == null ? TableCell.of("") : TableCell.of(CellValue.number(level));
    }
}
