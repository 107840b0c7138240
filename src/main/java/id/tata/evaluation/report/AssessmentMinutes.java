package id.tata.evaluation.report;

import id.tata.common.l10n.IndonesianFormat;
import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Column;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.LabeledBlock;
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
 * The Berita Acara Penilaian Mandiri SPBE: the official minutes that the Tim Asesor Internal carried out the
 * assessment on a spelled-out date, with its result (index, predicate, domain indexes), signed by the team's
 * members in a table of signature columns. Without a team in the workspace the table has blank lines for the Ketua,
 * the Sekretaris and three Anggota, to be filled in by hand.
 */
public final class AssessmentMinutes {
    public static final String TITLE = "Berita Acara Penilaian Mandiri SPBE";
    static final String BLANK_NAME = "(.........................................)";
    private static final double LABEL_MM = 45;

    private AssessmentMinutes() {
    }

    public static Document compose(ReportSource source) {
        Score self = source.selfScore();
        DocumentMeta meta = new DocumentMeta(TITLE + " " + source.assessment().name(), source.assessment().name()
                + " " + source.government(), source.government(), source.date(), "id-ID");
        List<Block> blocks = new ArrayList<>();
        if (source.kop() != null) {
            blocks.add(source.kop());
        }
        blocks.addAll(ReportBlocks.title(TITLE, source.government() + " Tahun " + source.assessment().year()));
        blocks.add(Paragraph.of(opening(source)).spaced(ParagraphSpacing.after(6)));
        blocks.add(labeled("Instrumen", source.instrument().name() + " (" + source.instrument().code() + ")"));
        blocks.add(labeled("Indeks SPBE", ReportTexts.index(self.shown())));
        blocks.add(labeled("Predikat", self.predicate()));
        int total = source.instrument().indicators().size();
        blocks.add(labeled("Indikator dinilai", (total - self.missing().size()) + " dari " + total + " indikator"));
        ReportBlocks.scopeNote(source).ifPresent(blocks::add);
        blocks.add(Paragraph.of("Rincian indeks per " + ReportBlocks.scope(source).replace(" / ", " dan ")
                        .toLowerCase(java.util.Locale.ROOT) + " adalah sebagai berikut:")
                .spaced(ParagraphSpacing.around(6, 6)).keptWithNext());
        blocks.add(ReportBlocks.domainTable(source, self, null));
        blocks.add(Paragraph.of("Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
                + "mestinya.").spaced(ParagraphSpacing.around(12, 12)));
        blocks.add(Paragraph.of((source.place().isEmpty() ? "" : source.place() + ", ")
                + IndonesianFormat.longDate(source.date())).aligned(Align.RIGHT).keptWithNext());
        blocks.add(Paragraph.heading(2, teamTitle(source)).spaced(ParagraphSpacing.around(6, 6)).keptWithNext());
        blocks.add(signatures(source));
        Section section = new Section("Berita Acara", Orientation.PORTRAIT, PageNumbering.DASHED_FROM_SECOND,
                blocks);
        return new Document(meta, PageSetup.A4, TextStyle.LETTER, List.of(section));
    }

    /** "Pada hari ini Rabu tanggal … Tim Asesor Internal … telah melaksanakan Penilaian Mandiri …". */
    static String opening(ReportSource source) {
        return "Pada hari ini " + ReportTexts.spelledDate(source.date()) + ", " + teamName(source)
                + " telah melaksanakan Penilaian Mandiri " + ReportTexts.SPBE + " (SPBE) di lingkungan "
                + source.government() + " Tahun " + source.assessment().year() + " dengan hasil sebagai berikut:";
    }

    private static String teamName(ReportSource source) {
        return source.teamName().isEmpty() ? "Tim Asesor Internal SPBE " + source.government() : source.teamName();
    }

    private static String teamTitle(ReportSource source) {
        return teamName(source).toUpperCase(java.util.Locale.forLanguageTag("id-ID"));
    }

    private static LabeledBlock labeled(String label, String value) {
        return LabeledBlock.of(label, LABEL_MM, Paragraph.of(value));
    }

    /**
     * No | Nama / NIP | Kedudukan dalam Tim | Tanda Tangan: the signature column alternates left and right ("1. ……"
     * then "    2. ……"), the usual form of a signed list, so neighbours' signatures do not collide.
     */
    static Table signatures(ReportSource source) {
        List<ReportSource.TeamSigner> signers = source.team().isEmpty() ? blankTeam() : source.team();
        List<TableRow> body = new ArrayList<>();
        for (int i = 0; i < signers.size(); i++) {
            ReportSource.TeamSigner signer = signers.get(i);
            String name = signer.name().isEmpty() ? BLANK_NAME : signer.name();
            String nameAndNip = signer.nip().isEmpty() ? name : name + "\nNIP " + signer.nip();
            // two empty lines above the dotted line: room to sign
            String line = "\n\n" + (i + 1) + ". ......................";
            body.add(new TableRow(List.of(TableCell.of(CellValue.number(i + 1)), TableCell.of(nameAndNip),
                    TableCell.of(signer.role()), TableCell.of(line).aligned(i % 2 == 0 ? Align.LEFT : Align.RIGHT))));
        }
        return Table.of("Tanda Tangan Tim", List.of(Column.of(1.1, Align.CENTER), Column.of(6.2), Column.of(3),
                Column.of(4.5)), List.of(TableRow.of(TableCell.header("No"), TableCell.header("Nama / NIP"),
                TableCell.header("Kedudukan dalam Tim"), TableCell.header("Tanda Tangan"))), body);
    }

    private static List<ReportSource.TeamSigner> blankTeam() {
        return List.of(new ReportSource.TeamSigner("", "", "Ketua"), new ReportSource.TeamSigner("", "", "Sekretaris"),
                new ReportSource.TeamSigner("", "", "Anggota"), new ReportSource.TeamSigner("", "", "Anggota"),
                new ReportSource.TeamSigner("", "", "Anggota"));
    }
}
