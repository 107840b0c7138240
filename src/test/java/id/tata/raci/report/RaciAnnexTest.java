package id.tata.raci.report;

import id.tata.documents.model.Block;
import id.tata.documents.model.LabeledBlock;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.official.Decree;
import id.tata.raci.domain.RaciCell;
import id.tata.raci.domain.RaciLetter;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciParty;
import id.tata.raci.domain.RaciTask;
import id.tata.raci.domain.StandardLetters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RaciAnnexTest {

    /** {@code parties} named as given, two tasks; task 1 has "A/C" for the first party. */
    static RaciMatrix matrix(List<RaciLetter> letters, String... parties) {
        List<RaciParty> ps = new ArrayList<>();
        for (String p : parties) {
            ps.add(RaciParty.group(p));
        }
        List<RaciTask> tasks = List.of(new RaciTask("Tata Kelola", "Menyusun kebijakan"),
                new RaciTask("Tata Kelola", "Menyusun arsitektur"));
        List<List<RaciCell>> cells = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            cells.add(new ArrayList<>(Collections.nCopies(ps.size(), RaciCell.EMPTY)));
        }
        cells.get(0).set(0, new RaciCell(List.of("A", "C")));
        return new RaciMatrix(null, "MATRIKS PEMBAGIAN TUGAS (RACI)", "", "", letters, ps, tasks, cells);
    }

    @Test
    void sixPartiesOrLongNamesTurnThePagesAFewShortOnesDoNot() {
        assertFalse(RaciAnnex.landscape(matrix(StandardLetters.RACI, "Wali Kota", "Sekda", "Dinas")));
        assertFalse(RaciAnnex.annex(matrix(StandardLetters.RACI, "A", "B", "C", "D", "E")).landscape(),
                "five short parties fit upright");
        assertTrue(RaciAnnex.annex(matrix(StandardLetters.RACI, "A", "B", "C", "D", "E", "F")).landscape());
        assertTrue(RaciAnnex.landscape(matrix(StandardLetters.RACI, "Kependudukan", "Pengembangan",
                "Perencanaan", "Pembangunan")), "four columns as wide as their longest words leave no room");
    }

    @Test
    void theHeaderPutsUnsurSpbeOverThePartiesAndRepeats() {
        Table table = RaciAnnex.table(matrix(StandardLetters.RACI, "Wali Kota", "Koordinator SPBE"));
        assertTrue(table.repeatHeader());
        assertEquals(2, table.header().size());
        List<TableCell> first = table.header().get(0).cells();
        assertEquals(List.of("No", "Tugas", "Unsur SPBE"), first.stream().map(TableCell::displayText).toList());
        assertEquals(2, first.get(0).rowSpan());
        assertEquals(2, first.get(2).colSpan());
        assertEquals(List.of("Wali Kota", "Koordinator SPBE"),
                table.header().get(1).cells().stream().map(TableCell::displayText).toList());
    }

    @Test
    void aGroupHeadsItsTasksAndLettersStayAsWrittenCentred() {
        Table table = RaciAnnex.table(matrix(StandardLetters.RACI, "Wali Kota", "Sekda"));
        List<TableRow> body = table.body();
        assertEquals(3, body.size(), "one group row, two tasks");
        assertEquals("Tata Kelola", body.get(0).cells().get(0).displayText());
        assertEquals(4, body.get(0).cells().get(0).colSpan());
        TableRow task1 = body.get(1);
        assertEquals("1", task1.cells().get(0).displayText());
        assertEquals("A/C", task1.cells().get(2).displayText());
        assertEquals(id.tata.documents.model.Align.CENTER, task1.cells().get(2).align());
        assertEquals("2", body.get(2).cells().get(0).displayText(), "numbering runs on");
    }

    @Test
    void theLegendGivesEachLetterOfTheMatrixWithItsOwnWords() {
        List<RaciLetter> letters = new ArrayList<>(StandardLetters.RACI);
        letters.add(new RaciLetter("S", "Support", "Mendukung pelaksanaan tugas"));
        letters.add(new RaciLetter("V", "", "Memverifikasi hasil"));
        List<Block> legend = RaciAnnex.legend(matrix(letters, "Wali Kota"));
        assertEquals("Keterangan:", ((Paragraph) legend.get(0)).text());
        assertTrue(((Paragraph) legend.get(0)).keepWithNext());
        List<String> lines = legend.stream().skip(1).map(b -> (LabeledBlock) b)
                .map(l -> l.label() + " " + l.separator() + " " + ((Paragraph) l.body().get(0)).text()).toList();
        assertEquals(List.of("R (Responsible) : Menyelesaikan tugas",
                "A (Accountable) : Mendelegasikan tugas dan melakukan supervisi",
                "C (Consulted) : Memberikan pendapat atau masukan terkait penyelesaian tugas",
                "I (Informed) : Tidak aktif dalam pelaksanaan tugas, namun seharusnya mendapatkan informasi atau "
                        + "laporan",
                "S (Support) : Mendukung pelaksanaan tugas", "V : Memverifikasi hasil"), lines);
    }

    @Test
    void theAnnexIsTitledByTheMatrixAndHoldsTableThenLegend() {
        Decree.Annex annex = RaciAnnex.annex(matrix(StandardLetters.RACI, "Wali Kota"));
        assertEquals("MATRIKS PEMBAGIAN TUGAS (RACI)", annex.title());
        assertTrue(annex.body().get(0) instanceof Table);
        assertEquals(1 + 1 + StandardLetters.RACI.size(), annex.body().size());
    }
}
