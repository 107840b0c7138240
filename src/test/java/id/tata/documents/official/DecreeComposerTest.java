package id.tata.documents.official;

import id.tata.documents.model.Document;
import id.tata.documents.model.ListBlock;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.Outline;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.PlainText;
import id.tata.documents.model.ListStyle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class DecreeComposerTest {

    public static Decree decree(String number, LocalDate date, DecreeSigner signer, int annexes) {
        List<Decree.Annex> list = new java.util.ArrayList<>();
        for (int i = 1; i <= annexes; i++) {
            list.add(new Decree.Annex("Judul lampiran " + i, List.of(Paragraph.of("Isi lampiran " + i)), i == 2));
        }
        return new Decree("Wali Kota Contoh", "Wali Kota", "Jawa Tengah", number, date, "Contoh", "Tim Uji Kota Contoh Tahun 2026",
                List.of("bahwa pertama,", "bahwa kedua;", "bahwa ketiga"),
                List.of("Undang-Undang Nomor 23 Tahun 2014", "Peraturan Presiden Nomor 95 Tahun 2018."),
                List.of(Decree.Diktum.of("Membentuk tim."), new Decree.Diktum("Tim bertugas:",
                        List.of(ListBlock.ofTexts(ListStyle.LOWER_ALPHA_DOT, List.of("satu;", "dua.")))),
                        Decree.Diktum.of("Keputusan ini mulai berlaku pada tanggal ditetapkan.")),
                signer, List.of("Gubernur Jawa Tengah"), list, null, PageSetup.F4);
    }

    @Test
    void titleBlockConsiderationsAndDiktumsComeInTheOfficialOrder() {
        Document doc = DecreeComposer.compose(decree("188.45/7/HK/2026", LocalDate.of(2026, 11, 25),
                DecreeSigner.regionHead("H. Ahmad Sudrajat, S.E., M.M."), 1));
        String text = String.join("\n", PlainText.lines(doc));
        String[] inOrder = {"WALI KOTA CONTOH", "KEPUTUSAN WALI KOTA CONTOH", "NOMOR 188.45/7/HK/2026", "TENTANG",
            "TIM UJI KOTA CONTOH TAHUN 2026", "DENGAN RAHMAT TUHAN YANG MAHA ESA", "WALI KOTA CONTOH,",
            "Menimbang : a. bahwa pertama;", "b. bahwa kedua;", "c. bahwa ketiga.",
            "Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014;", "2. Peraturan Presiden Nomor 95 Tahun 2018.",
            "MEMUTUSKAN:", "Menetapkan : KEPUTUSAN WALI KOTA TENTANG TIM UJI KOTA CONTOH TAHUN 2026.",
            "KESATU : Membentuk tim.", "KEDUA : Tim bertugas:", "a. satu;", "KETIGA : Keputusan ini",
            "Ditetapkan di Contoh", "pada tanggal 25 November 2026", "AHMAD SUDRAJAT", "Tembusan",
            "1. Gubernur Jawa Tengah.", "LAMPIRAN", "KEPUTUSAN WALI KOTA CONTOH", "NOMOR : 188.45/7/HK/2026",
            "TANGGAL : 25 November 2026", "JUDUL LAMPIRAN 1", "Isi lampiran 1", "AHMAD SUDRAJAT"};
        int at = 0;
        for (String wanted : inOrder) {
            int found = text.indexOf(wanted, at);
            assertTrue(found >= 0, "'" + wanted + "' missing after position " + at + " in:\n" + text);
            at = found + wanted.length();
        }
    }

    @Test
    void blankNumberAndDateAreLeftForTheBagianHukum() {
        Document doc = DecreeComposer.compose(decree(null, null, DecreeSigner.regionHead("Budi"), 1));
        String text = String.join("\n", PlainText.lines(doc));
        assertTrue(text.contains("NOMOR " + DecreeComposer.BLANK), text);
        assertTrue(text.contains("pada tanggal " + DecreeComposer.BLANK), text);
        assertTrue(text.contains("TANGGAL : " + DecreeComposer.BLANK), text);
    }

    @Test
    void severalAnnexesAreNumberedInRomanAndMayTurnTheirPages() {
        Document doc = DecreeComposer.compose(decree(null, null, DecreeSigner.regionHead("Budi"), 2));
        assertEquals(3, doc.sections().size());
        assertEquals(Orientation.PORTRAIT, doc.sections().get(1).orientation());
        assertEquals(Orientation.LANDSCAPE, doc.sections().get(2).orientation());
        String outline = Outline.of(doc);
        assertTrue(outline.contains("LAMPIRAN I |") || outline.contains("| LAMPIRAN I {2x1}"), outline);
        assertTrue(outline.contains("LAMPIRAN II"), outline);
        // the signature block closes the decree and each annex
        assertEquals(3, outline.lines().filter(l -> l.strip().startsWith("SIGNATURE")).count(), outline);
    }

    @Test
    void anOfficialSigningOnBehalfGetsTheAnLineRankAndNip() {
        Document doc = DecreeComposer.compose(decree(null, null, new DecreeSigner(true,
                "Sekretaris Daerah", "Dr. H. Agus Santoso, S.H., M.Si.", "Pembina Utama Madya (IV/d)",
                "196701131990031009"), 1));
        String outline = Outline.of(doc);
        assertTrue(outline.contains("a.n. WALI KOTA CONTOH / Sekretaris Daerah, / Dr. H. Agus Santoso, S.H., M.Si."
                + " / Pembina Utama Madya (IV/d) / NIP 196701131990031009"), outline);
    }

    @Test
    void theTembusanIsKeptTogether() {
        Decree base = decree(null, null, DecreeSigner.regionHead("Budi"), 1);
        Document doc = DecreeComposer.compose(new Decree(base.issuerOffice(), base.issuerTitle(), base.province(),
                null, null, base.placeOfIssue(), base.subject(), base.considerations(), base.legalBases(),
                base.diktums(), base.signer(), List.of("Gubernur", "Inspektur", "Arsip"), base.annexes(), null,
                base.page()));
        var blocks = doc.sections().get(0).blocks();
        ListBlock copies = (ListBlock) blocks.get(blocks.size() - 1);
        Paragraph heading = (Paragraph) blocks.get(blocks.size() - 2);
        assertTrue(heading.keepWithNext());
        List<Boolean> kept = copies.items().stream().map(i -> ((Paragraph) i.content().get(0)).keepWithNext())
                .toList();
        assertEquals(List.of(true, true, false), kept);
    }

    @Test
    void regionHeadSignsInCapitalsWithoutGelar() {
        assertEquals("AHMAD SUDRAJAT", PersonNames.regionHeadSignature("H. Ahmad Sudrajat, S.E., M.M."));
        assertEquals("SITI AMINAH", PersonNames.regionHeadSignature("Hj. Dr. Siti Aminah, M.Si."));
        assertEquals("I GUSTI NGURAH RAI", PersonNames.regionHeadSignature("Ir. I Gusti Ngurah Rai"));
    }

    @Test
    void legalListsEndWithSemicolonsAndAFullStop() {
        assertEquals(List.of("a;", "b;", "c."), LegalText.punctuated(List.of("a.", "b", "c;")));
    }
}
