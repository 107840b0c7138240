package id.tata.raci.report;

import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Column;
import id.tata.documents.model.LabeledBlock;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.ParagraphSpacing;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.official.Decree;
import id.tata.raci.domain.RaciLetter;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciTask;

import java.util.ArrayList;
import java.util.List;

/**
 * A matrix as a Lampiran of a decree, drawn as Perwal Pekalongan 26/2021 Lampiran II draws it: the title, a table
 * whose header reads "No", "Tugas" and "Unsur SPBE" over one column per party (repeated on every page), the letters
 * as written ("A/C") centred in their cells, then "Keterangan:" with each letter and its meaning in the matrix's own
 * words. The annex header block and the signature come from the decree layout, like every other Lampiran.
 */
public final class RaciAnnex {
    /** The heading over the party columns, as the Pekalongan matrix prints it. */
    public static final String PARTIES_HEADING = "Unsur SPBE";
    public static final String LEGEND_HEADING = "Keterangan:";
    /** More parties than this turn the pages: six columns of letters leave too little room for the tasks. */
    static final int MOST_PARTIES_PORTRAIT = 5;
    /** Text widths of an F4/A4 page with the usual margins, in mm; only their proportions reach the renderers. */
    static final double PORTRAIT_MM = 160;
    static final double LANDSCAPE_MM = 275;
    static final double NUMBER_MM = 12;
    static final double LEAST_TASK_MM = 60;
    static final double LEAST_PARTY_MM = 16;
    /** The task column's least width when the parties crowd the page (landscape already). */
    static final double LEAST_TASK_ON_PAGE_MM = 50;
    /**
     * Width of one character of a bold 12 pt heading and the cell's padding, measured on the widest font a recipient
     * may see: LibreOffice without Bookman Old Style sets the DOCX in DejaVu Sans, wider than Bookman.
     */
    static final double CHAR_MM = 2.9;
    static final double PADDING_MM = 4;

    private RaciAnnex() {
    }

    /** The Lampiran: the matrix title, the table and the legend; landscape when the parties need the width. */
    public static Decree.Annex annex(RaciMatrix m) {
        return new Decree.Annex(m.title(), body(m), landscape(m));
    }

    public static List<Block> body(RaciMatrix m) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(table(m));
        blocks.addAll(legend(m));
        return blocks;
    }

    /**
     * Landscape when there are more than five parties, or when the party columns — each wide enough for the longest
     * word of its name, so no name breaks inside a word — would leave the tasks less than {@link #LEAST_TASK_MM} on a portrait page.
     */
    public static boolean landscape(RaciMatrix m) {
        if (m.parties().size() > MOST_PARTIES_PORTRAIT) {
            return true;
        }
        return NUMBER_MM + partiesMm(m) + LEAST_TASK_MM > PORTRAIT_MM;
    }

    /** Two header rows ("No" and "Tugas" spanning both, "Unsur SPBE" over the party names), a row per task. */
    public static Table table(RaciMatrix m) {
        int parties = m.parties().size();
        List<TableRow> header = new ArrayList<>();
        if (parties == 0) {
            header.add(TableRow.of(TableCell.header("No"), TableCell.header("Tugas")));
        } else {
            header.add(TableRow.of(TableCell.header("No").spanning(1, 2), TableCell.header("Tugas").spanning(1, 2),
                    TableCell.header(PARTIES_HEADING).spanning(parties, 1)));
            header.add(new TableRow(m.parties().stream().map(p -> TableCell.header(p.name())).toList()));
        }
        return new Table(m.title(), columns(m), header, bodyRows(m), true, true);
    }

    /** "Keterangan:" and one line per letter: "R (Responsible) : Menyelesaikan tugas", kept with the signature. */
    public static List<Block> legend(RaciMatrix m) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(LEGEND_HEADING).aligned(Align.LEFT).spaced(ParagraphSpacing.around(12, 6))
                .keptWithNext());
        double labelMm = legendLabelMm(m.letters());
        for (RaciLetter letter : m.letters()) {
            // the last line too: the legend goes with the signature, which must not stand alone on a page
            Paragraph meaning = Paragraph.of(letter.meaning().isEmpty() ? "-" : letter.meaning()).aligned(Align.LEFT)
                    .keptWithNext();
            blocks.add(new LabeledBlock(label(letter), labelMm, ":", List.of(meaning)));
        }
        return blocks;
    }

    /** "R (Responsible)", or the letter alone when the matrix gives it no name. */
    static String label(RaciLetter letter) {
        return letter.name().isEmpty() ? letter.code() : letter.code() + " (" + letter.name() + ")";
    }

    private static double legendLabelMm(List<RaciLetter> letters) {
        int longest = letters.stream().mapToInt(l -> label(l).length()).max().orElse(1);
        return Math.max(30, longest * CHAR_MM * 0.8 + PADDING_MM);
    }

    /** A group heading row spanning the table where the group changes; numbering runs on across groups. */
    private static List<TableRow> bodyRows(RaciMatrix m) {
        int width = m.parties().size() + 2;
        List<TableRow> rows = new ArrayList<>();
        String group = "";
        for (int t = 0; t < m.tasks().size(); t++) {
            RaciTask task = m.tasks().get(t);
            if (!task.group().isEmpty() && !task.group().equals(group)) {
                rows.add(TableRow.of(TableCell.of(task.group()).spanning(width, 1).bolded().aligned(Align.LEFT)));
            }
            group = task.group();
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableCell.of(CellValue.number(t + 1)).aligned(Align.CENTER));
            cells.add(TableCell.of(task.text()).aligned(Align.LEFT));
            for (int p = 0; p < m.parties().size(); p++) {
                cells.add(TableCell.of(m.cell(t, p).text()).aligned(Align.CENTER));
            }
            rows.add(new TableRow(cells));
        }
        return rows;
    }

    /**
     * Each party column as wide as the longest word of its name needs, so names wrap between words. When together
     * they would leave the tasks less than {@link #LEAST_TASK_ON_PAGE_MM}, only what each needs beyond
     * {@link #LEAST_PARTY_MM} is narrowed, in proportion: a long name may then break inside a word, a short one
     * ("Wali Kota") still does not, and the tasks stay readable. The task column takes what is left.
     */
    private static List<Column> columns(RaciMatrix m) {
        double page = landscape(m) ? LANDSCAPE_MM : PORTRAIT_MM;
        int n = m.parties().size();
        double needed = partiesMm(m);
        double room = page - NUMBER_MM - LEAST_TASK_ON_PAGE_MM;
        double base = n * LEAST_PARTY_MM;
        List<Double> widths = new ArrayList<>();
        for (var p : m.parties()) {
            double need = partyMm(p.name());
            widths.add(needed <= room ? need : room <= base ? room / n
                    : LEAST_PARTY_MM + (need - LEAST_PARTY_MM) * (room - base) / (needed - base));
        }
        double parties = widths.stream().mapToDouble(Double::doubleValue).sum();
        List<Column> columns = new ArrayList<>(List.of(Column.of(NUMBER_MM, Align.CENTER),
                Column.of(page - NUMBER_MM - parties)));
        widths.forEach(w -> columns.add(Column.of(w, Align.CENTER)));
        return columns;
    }

    private static double partiesMm(RaciMatrix m) {
        return m.parties().stream().mapToDouble(p -> partyMm(p.name())).sum();
    }

    static double partyMm(String name) {
        int longestWord = 0;
        for (String word : name.split("\\s+")) {
            longestWord = Math.max(longestWord, word.length());
        }
        return Math.max(LEAST_PARTY_MM, longestWord * CHAR_MM + PADDING_MM);
    }
}
