package id.tata.organization.report;

import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Column;
import id.tata.documents.model.Document;
import id.tata.documents.model.LabeledBlock;
import id.tata.documents.model.ListBlock;
import id.tata.documents.model.ListItem;
import id.tata.documents.model.ListStyle;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.official.Decree;
import id.tata.documents.official.DecreeComposer;
import id.tata.documents.official.DecreeFrame;
import id.tata.documents.official.LegalText;
import id.tata.documents.template.TemplatePart;
import id.tata.documents.template.TemplateTexts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Keputusan that forms a team: the template's Menimbang/Mengingat/diktum with the team's name filled in, its tasks
 * listed under the diktum that ends in "{tugas}", and Lampiran: the susunan keanggotaan — for a coordination team by
 * position grouped under each role (as the Denpasar decrees print it), for an assessor team as a table with names.
 */
public final class TeamDecreeComposer {
    static final String TASKS_MARKER = "{tugas}";

    public enum Layout { BY_POSITION, TABLE_WITH_NAMES }

    private TeamDecreeComposer() {
    }

    /** "Tim Koordinasi … Kota Contoh Tahun 2026" — the region and year added only where the name lacks them. */
    public static String subject(TeamDecreeData team, String governmentName, int year) {
        String name = fullName(team.teamName(), governmentName);
        return name.matches(".*\\bTahun \\d{4}$") ? name : name + " Tahun " + year;
    }

    /** The team's name with the region: "Tim Koordinasi SPBE" → "Tim Koordinasi SPBE Kota Contoh". */
    public static String fullName(String teamName, String governmentName) {
        String lower = teamName.toLowerCase(java.util.Locale.ROOT);
        return lower.contains(governmentName.toLowerCase(java.util.Locale.ROOT)) ? teamName.strip()
                : teamName.strip() + " " + governmentName;
    }

    /** {@code texts}: the type's template with every placeholder already filled (team name and year included). */
    public static Document compose(TeamDecreeData team, DecreeFrame frame, TemplateTexts texts,
                                   String governmentName, int year, Layout layout) {
        String subject = subject(team, governmentName, year);
        Decree decree = frame.decree(subject, texts.part(TemplatePart.CONSIDERATION),
                texts.part(TemplatePart.LEGAL_BASIS), diktums(texts.part(TemplatePart.DIKTUM), team.tasks()),
                texts.part(TemplatePart.COPY_TO), List.of(membersAnnex(team, subject, layout)));
        return DecreeComposer.compose(decree);
    }

    /** The Lampiran "Susunan Keanggotaan …": also Lampiran I of decrees that form the team among other things. */
    public static Decree.Annex membersAnnex(TeamDecreeData team, String subject, Layout layout) {
        return new Decree.Annex("Susunan Keanggotaan " + subject, members(team, layout), false);
    }

    /** The template's diktums, the team's tasks listed under the one ending in "{tugas}". */
    public static List<Decree.Diktum> diktums(List<String> texts, List<String> tasks) {
        List<Decree.Diktum> out = new ArrayList<>();
        for (String text : texts) {
            if (text.strip().endsWith(TASKS_MARKER)) {
                String lead = text.strip();
                lead = lead.substring(0, lead.length() - TASKS_MARKER.length()).strip();
                List<Block> more = tasks.isEmpty() ? List.of()
                        : List.of(ListBlock.ofTexts(ListStyle.LOWER_ALPHA_DOT, LegalText.punctuated(tasks)));
                out.add(new Decree.Diktum(lead, more));
            } else {
                out.add(Decree.Diktum.of(text));
            }
        }
        return out;
    }

    static List<Block> members(TeamDecreeData team, Layout layout) {
        return layout == Layout.BY_POSITION ? byPosition(team) : List.of(table(team));
    }

    /** One labelled block per role in order of first appearance; several holders become a numbered list. */
    private static List<Block> byPosition(TeamDecreeData team) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (TeamDecreeData.Member m : team.members()) {
            byRole.computeIfAbsent(m.roleLabel(), r -> new ArrayList<>()).add(office(m));
        }
        List<Block> blocks = new ArrayList<>();
        byRole.forEach((role, offices) -> {
            Block body = offices.size() == 1 ? Paragraph.of(offices.get(0)).aligned(Align.LEFT)
                    : ListBlock.of(ListStyle.DECIMAL_DOT, offices.stream()
                            .map(o -> ListItem.of(Paragraph.of(o).aligned(Align.LEFT))).toList());
            blocks.add(new LabeledBlock(role, 40, ":", List.of(body)));
        });
        return blocks;
    }

    private static Table table(TeamDecreeData team) {
        List<TableRow> header = List.of(TableRow.of(TableCell.header("No"), TableCell.header("Nama / NIP"),
                TableCell.header("Jabatan"), TableCell.header("Kedudukan dalam Tim")));
        List<TableRow> body = new ArrayList<>();
        int n = 1;
        for (TeamDecreeData.Member m : team.members()) {
            String who = m.personName().isEmpty() ? "-"
                    : m.nip().isEmpty() ? m.personName() : m.personName() + "\nNIP " + m.nip();
            body.add(TableRow.of(TableCell.of(CellValue.number(n++)).aligned(Align.CENTER), TableCell.of(who),
                    TableCell.of(office(m)), TableCell.of(m.roleLabel())));
        }
        return Table.of("Susunan Keanggotaan", List.of(Column.of(1, Align.CENTER), Column.of(6), Column.of(5.5),
                Column.of(2.5)), header, body);
    }

    private static String office(TeamDecreeData.Member m) {
        return m.position().isEmpty() ? m.personName() : m.position();
    }
}
