package id.tata.raci.report;

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
import id.tata.raci.domain.RaciCell;
import id.tata.raci.domain.RaciCheck;
import id.tata.raci.domain.RaciLetter;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciWarning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A matrix as a workbook (through the document model): sheet "Matriks" — number, task, one column per party, each
 * cell coloured by its first letter so the pattern shows at a glance; sheet "Keterangan" — the letters and their
 * meanings; sheet "Peringatan" — the warnings of the textbook rules.
 */
public final class RaciWorkbook {
    public static final String MATRIX = "Matriks";
    public static final String LEGEND = "Keterangan";
    public static final String WARNINGS = "Peringatan";
    /** Shading and text colour per letter: soft backgrounds that print in grey, text dark enough to read. */
    private static final Map<String, String[]> COLOURS = Map.of(
            "R", new String[]{"D5F5E3", "145A32"},
            "A", new String[]{"FADBD8", "78281F"},
            "C", new String[]{"D6EAF8", "1B4F72"},
            "I", new String[]{"EAEDED", "424949"});

    private RaciWorkbook() {
    }

    public static Document compose(RaciMatrix m, int overloadThreshold) {
        DocumentMeta meta = new DocumentMeta(m.title(), m.source(), "", null, "id-ID");
        List<Block> matrix = List.of(Paragraph.heading(1, m.title()), matrixTable(m));
        List<Block> legend = List.of(Paragraph.heading(1, LEGEND), legendTable(m));
        List<Block> warnings = List.of(Paragraph.heading(1, WARNINGS),
                warningTable(m, RaciCheck.warnings(m, overloadThreshold)));
        return new Document(meta, PageSetup.A4, TextStyle.REPORT, List.of(
                new Section(MATRIX, Orientation.LANDSCAPE, PageNumbering.FOOTER_EVERY_PAGE, matrix),
                new Section(LEGEND, Orientation.PORTRAIT, PageNumbering.FOOTER_EVERY_PAGE, legend),
                new Section(WARNINGS, Orientation.PORTRAIT, PageNumbering.FOOTER_EVERY_PAGE, warnings)));
    }

    private static Table matrixTable(RaciMatrix m) {
        List<Column> columns = new ArrayList<>(List.of(Column.of(0.8, Align.CENTER), Column.of(6)));
        List<TableCell> header = new ArrayList<>(List.of(TableCell.header("No"), TableCell.header("Tugas")));
        for (var p : m.parties()) {
            columns.add(Column.of(2, Align.CENTER));
            header.add(TableCell.header(p.name()));
        }
        List<TableRow> rows = new ArrayList<>();
        for (int t = 0; t < m.tasks().size(); t++) {
            List<TableCell> cells = new ArrayList<>(List.of(TableCell.of(CellValue.number(t + 1)),
                    TableCell.of(m.tasks().get(t).text())));
            for (int p = 0; p < m.parties().size(); p++) {
                cells.add(letterCell(m.cell(t, p)));
            }
            rows.add(new TableRow(cells));
        }
        return new Table(MATRIX, columns, List.of(new TableRow(header)), rows, true, true);
    }

    static TableCell letterCell(RaciCell cell) {
        TableCell c = TableCell.of(cell.text()).aligned(Align.CENTER);
        if (cell.isEmpty()) {
            return c;
        }
        String[] colour = COLOURS.get(cell.letters().get(0));
        return colour == null ? c.bolded() : c.shaded(colour[0]).colored(colour[1]).bolded();
    }

    private static Table legendTable(RaciMatrix m) {
        List<TableRow> rows = new ArrayList<>();
        for (RaciLetter l : m.letters()) {
            rows.add(new TableRow(List.of(letterCell(new RaciCell(List.of(l.code()))), TableCell.of(l.name()),
                    TableCell.of(l.meaning()))));
        }
        return new Table(LEGEND, List.of(Column.of(1, Align.CENTER), Column.of(2), Column.of(8)),
                List.of(new TableRow(List.of(TableCell.header("Huruf"), TableCell.header("Peran"),
                        TableCell.header("Arti")))), rows, true, true);
    }

    private static Table warningTable(RaciMatrix m, List<RaciWarning> warnings) {
        List<TableRow> rows = new ArrayList<>();
        for (RaciWarning w : warnings) {
            rows.add(new TableRow(List.of(TableCell.of(w.kind().name()),
                    w.task() == null ? TableCell.of("") : TableCell.of(CellValue.number(w.task())),
                    TableCell.of(w.task() == null ? "" : m.tasks().get(w.task() - 1).text()),
                    TableCell.of(w.party() == null ? "" : w.party()))));
        }
        return new Table(WARNINGS, List.of(Column.of(3), Column.of(1, Align.CENTER), Column.of(6), Column.of(3)),
                List.of(new TableRow(List.of(TableCell.header("Jenis"), TableCell.header("Tugas"),
                        TableCell.header("Uraian tugas"), TableCell.header("Pihak")))), rows, true, true);
    }
}
