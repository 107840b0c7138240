package id.tata.organization.report;

import id.tata.common.l10n.IndonesianFormat;
import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Column;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Letterhead;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.ParagraphSpacing;
import id.tata.documents.model.Run;
import id.tata.documents.model.Section;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.model.TextStyle;
import id.tata.organization.domain.Agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Daftar Perangkat Daerah": a titled A4 list of the government's agencies, each sub-unit right after its parent,
 * numbered, with kind, parent and address (and the head, when the data has heads). Page numbers in the footer, as
 * registers and reports carry them.
 */
public final class AgencyListDocument {
    public static final String TITLE = "Daftar Perangkat Daerah";
    static final String EMPTY = "Belum ada Perangkat Daerah.";

    private AgencyListDocument() {
    }

    public static Document compose(AgencyListData data) {
        return compose(data, null);
    }

    /** The list under an agency's kop (the issuing Diskominfo's), or without one when {@code kop} is null. */
    public static Document compose(AgencyListData data, Letterhead kop) {
        String date = IndonesianFormat.longDate(data.date());
        String asOf = "Keadaan per " + date;
        DocumentMeta meta = new DocumentMeta(TITLE, data.government() + ", keadaan per " + date, data.government(),
                data.date(), "id-ID");
        List<Block> blocks = new ArrayList<>();
        if (kop != null) {
            blocks.add(kop);
        }
        blocks.addAll(List.of(
                Paragraph.heading(1, TITLE.toUpperCase(Locale.ROOT)),
                new Paragraph(List.of(Run.bold(data.government().toUpperCase(Locale.ROOT))), Align.CENTER, 0,
                        ParagraphSpacing.NONE, true),
                Paragraph.centered(asOf).spaced(ParagraphSpacing.after(12)).keptWithNext(),
                table(data)));
        // landscape: seven columns of names and addresses need the width (A4 portrait squeezed "Disdukcapil")
        Section section = new Section(TITLE, Orientation.LANDSCAPE, PageNumbering.FOOTER_EVERY_PAGE, blocks);
        return new Document(meta, PageSetup.A4, TextStyle.REPORT, List.of(section));
    }

    private static Table table(AgencyListData data) {
        boolean withHeads = !data.heads().isEmpty();
        List<Column> columns = new ArrayList<>(List.of(Column.of(1.1, Align.CENTER), Column.of(2.4), Column.of(6),
                Column.of(3), Column.of(3.2), Column.of(4.5), Column.of(5)));
        List<String> titles = new ArrayList<>(List.of("No", "Kode", "Nama Perangkat Daerah", "Singkatan", "Jenis",
                "Induk", "Alamat"));
        if (withHeads) {
            columns.add(Column.of(4.5));
            titles.add("Kepala");
        }
        TableRow header = new TableRow(titles.stream().map(TableCell::header).toList());
        return new Table(TITLE, columns, List.of(header), body(data, withHeads, columns.size()), true, true);
    }

    private static List<TableRow> body(AgencyListData data, boolean withHeads, int columnCount) {
        if (data.agencies().isEmpty()) {
            return List.of(TableRow.of(TableCell.of(EMPTY).spanning(columnCount, 1).aligned(Align.CENTER)));
        }
        Map<Long, Agency> byId = AgencyOrder.byId(data.agencies());
        List<TableRow> rows = new ArrayList<>();
        int number = 1;
        for (Agency agency : AgencyOrder.parentsFirst(data.agencies())) {
            Agency parent = agency.parentId() == null ? null : byId.get(agency.parentId());
            List<TableCell> cells = new ArrayList<>(List.of(
                    TableCell.of(CellValue.number(number++)),
                    TableCell.of(agency.code()),
                    TableCell.of(agency.name()),
                    TableCell.of(agency.shortName()),
                    TableCell.of(data.kindLabel(agency.kind())),
                    TableCell.of(parent == null ? "" : parent.name()),
                    TableCell.of(agency.address())));
            if (withHeads) {
                cells.add(TableCell.of(data.headOf(agency)));
            }
            rows.add(new TableRow(cells));
        }
        return rows;
    }
}
