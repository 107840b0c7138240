package id.tata.documents.model;

import java.util.List;
import java.util.Locale;

/**
 * The IR as indented text — what golden tests compare and what the "Buat dokumen" dialog previews. One line per
 * block; styles in brackets.
 */
public final class Outline {
    private Outline() {
    }

    public static String of(Document document) {
        StringBuilder out = new StringBuilder();
        out.append("DOCUMENT ").append(document.meta().title()).append('\n');
        out.append("PAGE ").append(document.page().paperName()).append(' ')
                .append(mm(document.page().widthMm())).append('x').append(mm(document.page().heightMm()))
                .append(" mm, ").append(document.text().family()).append(' ')
                .append(mm(document.text().sizePt())).append(" pt\n");
        for (Section section : document.sections()) {
            out.append("SECTION ").append(section.orientation()).append(' ').append(section.name()).append('\n');
            blocks(section.blocks(), 1, out);
        }
        return out.toString();
    }

    private static void blocks(List<Block> blocks, int depth, StringBuilder out) {
        for (Block block : blocks) {
            block(block, depth, out);
        }
    }

    private static void block(Block block, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        if (block instanceof Paragraph p) {
            out.append(indent).append(p.heading() > 0 ? "H" + p.heading() : "P").append(flags(p)).append(' ')
                    .append(p.text().replace("\n", " / ")).append('\n');
        } else if (block instanceof ListBlock l) {
            out.append(indent).append("LIST ").append(l.style()).append('\n');
            for (int i = 0; i < l.items().size(); i++) {
                out.append(indent).append("  ").append(l.label(i)).append('\n');
                blocks(l.items().get(i).content(), depth + 2, out);
            }
        } else if (block instanceof LabeledBlock b) {
            out.append(indent).append("LABEL ").append(b.label()).append(' ').append(b.separator()).append('\n');
            blocks(b.body(), depth + 1, out);
        } else if (block instanceof Table t) {
            out.append(indent).append("TABLE ").append(t.caption()).append(" (").append(t.columns().size())
                    .append(" columns, ").append(t.header().size()).append(" header rows")
                    .append(t.repeatHeader() ? " repeated" : "").append(")\n");
            TableGrid grid = t.grid();
            for (int r = 0; r < grid.rowCount(); r++) {
                out.append(indent).append(r < t.header().size() ? "  TH " : "  TR ");
                out.append(String.join(" | ", grid.inRow(r).stream().map(Outline::cell).toList())).append('\n');
            }
        } else if (block instanceof SignatureBlock s) {
            out.append(indent).append("SIGNATURE ").append(String.join(" / ", s.placeAndDate())).append(" / ")
                    .append(String.join(" / ", s.office())).append(" / ").append(s.name());
            s.afterName().forEach(line -> out.append(" / ").append(line));
            out.append('\n');
        } else if (block instanceof Letterhead h) {
            out.append(indent).append("LETTERHEAD ").append(h.layout())
                    .append(h.image() == null ? " (no image)" : " (image)").append('\n');
            h.lines().forEach(line -> out.append(indent).append("  ").append(line.text()).append('\n'));
        } else if (block instanceof ImageBlock i) {
            out.append(indent).append("IMAGE ").append(i.description()).append(' ').append(mm(i.widthMm()))
                    .append('x').append(mm(i.heightMm())).append(" mm\n");
        } else if (block instanceof Rule) {
            out.append(indent).append("RULE\n");
        } else if (block instanceof PageBreak) {
            out.append(indent).append("PAGE BREAK\n");
        }
    }

    private static String cell(TableGrid.Placed placed) {
        TableCell cell = placed.cell();
        String span = cell.colSpan() > 1 || cell.rowSpan() > 1
                ? " {" + cell.colSpan() + "x" + cell.rowSpan() + "}" : "";
        return cell.displayText().replace("\n", " / ") + span;
    }

    private static String flags(Paragraph p) {
        StringBuilder flags = new StringBuilder();
        if (p.align() != Align.JUSTIFY && p.align() != Align.LEFT) {
            flags.append(p.align().name().toLowerCase(Locale.ROOT));
        }
        if (!p.runs().isEmpty() && p.runs().stream().allMatch(r -> r.has(RunStyle.BOLD))) {
            flags.append(flags.length() > 0 ? "," : "").append("bold");
        }
        if (p.sizePt() > 0) {
            flags.append(flags.length() > 0 ? "," : "").append(mm(p.sizePt())).append("pt");
        }
        return flags.length() == 0 ? "" : "[" + flags + "]";
    }

    private static String mm(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
