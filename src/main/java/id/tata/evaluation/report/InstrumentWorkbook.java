package id.tata.evaluation.report;

import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
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
import id.tata.evaluation.domain.Aspect;
import id.tata.evaluation.domain.Indicator;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.InstrumentCheck;
import id.tata.evaluation.domain.Predicate;

import java.util.ArrayList;
import java.util.List;

/**
 * An instrument as a readable workbook (through the document model, so it could as well be a DOCX or PDF): sheet
 * "Indikator" with one row per indicator — number, domain, aspect, name, weight as a real number, scale and the five
 * level criteria — and sheet "Predikat" with the predicate table.
 */
public final class InstrumentWorkbook {
    public static final String INDICATORS = "Indikator";
    public static final String PREDICATES = "Predikat";

    private InstrumentWorkbook() {
    }

    public static Document compose(Instrument instrument, int version) {
        String title = instrument.name() + " (" + instrument.code() + " versi " + version + ")";
        String subject = instrument.provisional() ? "Instrumen sementara (provisional)" : "Instrumen evaluasi";
        DocumentMeta meta = new DocumentMeta(title, subject, "", null, "id-ID");
        List<Block> indicators = List.of(Paragraph.heading(1, title), indicatorTable(instrument));
        List<Block> predicates = List.of(Paragraph.heading(1, PREDICATES), predicateTable(instrument));
        return new Document(meta, PageSetup.A4, TextStyle.REPORT, List.of(
                new Section(INDICATORS, Orientation.LANDSCAPE, PageNumbering.FOOTER_EVERY_PAGE, indicators),
                new Section(PREDICATES, Orientation.PORTRAIT, PageNumbering.FOOTER_EVERY_PAGE, predicates)));
    }

    private static Table indicatorTable(Instrument instrument) {
        List<Column> columns = new ArrayList<>(List.of(Column.of(1, Align.CENTER), Column.of(3), Column.of(3),
                Column.of(6), Column.of(1.5, Align.RIGHT), Column.of(2)));
        List<String> titles = new ArrayList<>(List.of("No", "Domain", "Aspek", "Indikator", "Bobot", "Skala"));
        for (int level = InstrumentCheck.LOWEST_LEVEL; level <= InstrumentCheck.HIGHEST_LEVEL; level++) {
            columns.add(Column.of(6));
            titles.add("Kriteria " + level);
        }
        TableRow header = new TableRow(titles.stream().map(TableCell::header).toList());
        List<TableRow> rows = instrument.indicators().stream().map(i -> indicatorRow(instrument, i)).toList();
        return new Table(INDICATORS, columns, List.of(header), rows, true, true);
    }

    private static TableRow indicatorRow(Instrument instrument, Indicator indicator) {
        Aspect aspect = instrument.aspect(indicator.aspect()).orElse(null);
        String domain = aspect == null || aspect.domain() == null ? ""
                : instrument.domain(aspect.domain()).map(d -> d.name()).orElse("");
        List<TableCell> cells = new ArrayList<>(List.of(
                TableCell.of(CellValue.number(indicator.no())),
                TableCell.of(domain),
                TableCell.of(aspect == null ? "" : aspect.name()),
                TableCell.of(indicator.name()),
                TableCell.of(CellValue.number(indicator.weight(), 2)),
                TableCell.of(indicator.scale())));
        for (int level = InstrumentCheck.LOWEST_LEVEL; level <= InstrumentCheck.HIGHEST_LEVEL; level++) {
            cells.add(TableCell.of(indicator.criteria(level)));
        }
        return new TableRow(cells);
    }

    private static Table predicateTable(Instrument instrument) {
        List<Column> columns = List.of(Column.of(2, Align.RIGHT), Column.of(4));
        TableRow header = new TableRow(List.of(TableCell.header("Indeks paling rendah"),
                TableCell.header("Predikat")));
        List<TableRow> rows = new ArrayList<>();
        for (Predicate p : instrument.predicates()) {
            rows.add(new TableRow(List.of(TableCell.of(CellValue.number(p.min(), 2)), TableCell.of(p.label()))));
        }
        return new Table(PREDICATES, columns, List.of(header), rows, true, true);
    }
}
