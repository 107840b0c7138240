package id.tata.documents.official;

import id.tata.common.l10n.IndonesianFormat;
import id.tata.documents.model.Block;
import id.tata.documents.model.Column;
import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.LabeledBlock;
import id.tata.documents.model.ListBlock;
import id.tata.documents.model.ListItem;
import id.tata.documents.model.ListStyle;
import id.tata.documents.model.Ordinals;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.ParagraphSpacing;
import id.tata.documents.model.Section;
import id.tata.documents.model.SignatureBlock;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.model.TextStyle;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a Keputusan Kepala Daerah (SPBE-BRIEF §5.3): kop, title block in capitals, Menimbang, Mengingat,
 * MEMUTUSKAN, Menetapkan, diktum KESATU…, place and date, signature, Tembusan; then each Lampiran in its own section
 * with the annex header block, its title, its body and the signature again. Everything from data — labels sit in
 * label columns, never after spaces.
 */
public final class DecreeComposer {
    /** What the Bagian Hukum fills in by hand when number or date are left open. */
    public static final String BLANK = "……………";
    static final double LABEL_MM = 32;
    private static final double SIGNATURE_FROM = 0.5;

    private DecreeComposer() {
    }

    public static Document compose(Decree decree) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.portrait("Keputusan", body(decree)));
        for (int i = 0; i < decree.annexes().size(); i++) {
            sections.add(annex(decree, i));
        }
        String title = "Keputusan " + decree.issuerOffice() + " tentang " + decree.subject();
        return new Document(new DocumentMeta(title, decree.subject(), decree.issuerOffice(), decree.date(), "id-ID"),
                decree.page(), TextStyle.DECREE, sections);
    }

    private static List<Block> body(Decree d) {
        String office = Letterheads.upper(d.issuerOffice());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Letterheads.regionHead(d.emblem(), office));
        blocks.add(Paragraph.heading(1, "KEPUTUSAN " + office));
        blocks.add(Paragraph.centered("NOMOR " + (d.number() == null ? BLANK : d.number())).keptWithNext()
                .spaced(ParagraphSpacing.after(12)));
        blocks.add(Paragraph.heading(1, "TENTANG").spaced(ParagraphSpacing.after(12)));
        blocks.add(Paragraph.heading(1, Letterheads.upper(d.subject())).spaced(ParagraphSpacing.after(12)));
        blocks.add(Paragraph.heading(1, "DENGAN RAHMAT TUHAN YANG MAHA ESA").spaced(ParagraphSpacing.after(12)));
        blocks.add(Paragraph.heading(1, office + ",").spaced(ParagraphSpacing.after(12)));
        blocks.add(labeled("Menimbang", items(ListStyle.LOWER_ALPHA_DOT, d.considerations()), 6));
        blocks.add(labeled("Mengingat", items(ListStyle.DECIMAL_DOT, d.legalBases()), 6));
        blocks.add(Paragraph.heading(1, "MEMUTUSKAN:").spaced(ParagraphSpacing.around(6, 6)));
        blocks.add(labeled("Menetapkan", List.of(Paragraph.of(LegalText.sentence("KEPUTUSAN "
                + Letterheads.upper(d.issuerTitle()) + " TENTANG " + Letterheads.upper(d.subject())))), 6));
        for (int i = 0; i < d.diktums().size(); i++) {
            Decree.Diktum diktum = d.diktums().get(i);
            List<Block> body = new ArrayList<>();
            body.add(Paragraph.of(diktum.text()));
            body.addAll(diktum.more());
            blocks.add(labeled(Ordinals.diktum(i + 1), body, 6));
        }
        blocks.add(signature(d, true));
        if (!d.copiesTo().isEmpty()) {
            blocks.add(Paragraph.of("Tembusan disampaikan kepada Yth.:").spaced(ParagraphSpacing.before(18))
                    .keptWithNext());
            blocks.add(together(LegalText.punctuated(d.copiesTo())));
        }
        return blocks;
    }

    /** The Tembusan stays on one page: a lone last addressee on a page of its own reads as a page lost. */
    private static ListBlock together(List<String> texts) {
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Paragraph p = Paragraph.of(texts.get(i));
            items.add(ListItem.of(i < texts.size() - 1 ? p.keptWithNext() : p));
        }
        return ListBlock.of(ListStyle.DECIMAL_DOT, items);
    }

    /** One item prints without a letter (Menimbang with a single "bahwa"), several as a list. */
    private static List<Block> items(ListStyle style, List<String> texts) {
        List<String> punctuated = LegalText.punctuated(texts);
        if (punctuated.size() == 1) {
            return List.of(Paragraph.of(punctuated.get(0)));
        }
        return List.of(ListBlock.ofTexts(style, punctuated));
    }

    private static LabeledBlock labeled(String label, List<Block> body, double spaceAfterPt) {
        List<Block> spaced = new ArrayList<>(body);
        Block last = spaced.get(spaced.size() - 1);
        if (last instanceof Paragraph p) {
            spaced.set(spaced.size() - 1, p.spaced(ParagraphSpacing.after(spaceAfterPt)));
        }
        return new LabeledBlock(label, LABEL_MM, ":", spaced);
    }

    private static SignatureBlock signature(Decree d, boolean withPlaceAndDate) {
        List<String> placeAndDate = withPlaceAndDate
                ? List.of("Ditetapkan di " + d.placeOfIssue(), "pada tanggal " + dateText(d))
                : List.of();
        String office = Letterheads.upper(d.issuerOffice());
        DecreeSigner s = d.signer();
        List<String> officeLines = s.onBehalf()
                ? List.of("a.n. " + office, s.officeTitle() + ",")
                : List.of(office + ",");
        String name = s.onBehalf() ? s.name() : PersonNames.regionHeadSignature(s.name());
        return new SignatureBlock(placeAndDate, officeLines, 25, name, true, s.onBehalf(), s.afterName(),
                SIGNATURE_FROM);
    }

    private static String dateText(Decree d) {
        return d.date() == null ? BLANK : IndonesianFormat.longDate(d.date());
    }

    private static Section annex(Decree d, int index) {
        Decree.Annex annex = d.annexes().get(index);
        List<Block> blocks = new ArrayList<>();
        blocks.add(annexHeader(d, index));
        blocks.add(Paragraph.heading(1, Letterheads.upper(annex.title())).spaced(ParagraphSpacing.around(12, 12)));
        blocks.addAll(annex.body());
        blocks.add(signature(d, false));
        String name = "Lampiran " + roman(index + 1, d.annexes().size());
        return annex.landscape() ? Section.landscape(name.strip(), blocks) : Section.portrait(name.strip(), blocks);
    }

    /**
     * LAMPIRAN I / KEPUTUSAN WALI KOTA … / NOMOR : … / TANGGAL : … / TENTANG : … in the right part of the page: a
     * borderless layout table (a left spacer spanning all rows, then label and value columns).
     */
    static Table annexHeader(Decree d, int index) {
        String office = Letterheads.upper(d.issuerOffice());
        String lampiran = ("LAMPIRAN " + roman(index + 1, d.annexes().size())).strip();
        List<TableRow> rows = new ArrayList<>();
        rows.add(TableRow.of(TableCell.of("").spanning(1, 5), TableCell.of(lampiran).spanning(2, 1)));
        rows.add(TableRow.of(TableCell.of("KEPUTUSAN " + office).spanning(2, 1)));
        rows.add(TableRow.of(TableCell.of("NOMOR"), TableCell.of(": " + (d.number() == null ? BLANK : d.number()))));
        rows.add(TableRow.of(TableCell.of("TANGGAL"), TableCell.of(": " + dateText(d))));
        rows.add(TableRow.of(TableCell.of("TENTANG"), TableCell.of(": " + Letterheads.upper(d.subject()))));
        return new Table("", List.of(Column.of(42), Column.of(17), Column.of(41)), List.of(), rows, false, false);
    }

    /** "I", "II" … when there are several annexes; a single annex is just "LAMPIRAN". */
    static String roman(int n, int count) {
        return count == 1 ? "" : IndonesianFormat.romanNumeral(n);
    }
}
