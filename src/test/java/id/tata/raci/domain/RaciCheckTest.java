package id.tata.raci.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RaciCheckTest {
    private static final List<String> CODES = List.of("R", "A", "C", "I");

    /** Rows of cells as typed, parties P1, P2 … */
    private static RaciMatrix matrix(String[]... rows) {
        int width = rows[0].length;
        List<RaciParty> parties = new java.util.ArrayList<>();
        for (int p = 0; p < width; p++) {
            parties.add(RaciParty.group("P" + (p + 1)));
        }
        List<RaciTask> tasks = new java.util.ArrayList<>();
        List<List<RaciCell>> cells = new java.util.ArrayList<>();
        for (int t = 0; t < rows.length; t++) {
            tasks.add(RaciTask.of("Tugas " + (t + 1)));
            cells.add(java.util.Arrays.stream(rows[t]).map(c -> RaciCell.parse(c, CODES).orElseThrow()).toList());
        }
        return new RaciMatrix(null, "T", "", "", StandardLetters.RACI, parties, tasks, cells);
    }

    private static List<RaciWarning> warnings(RaciMatrix m) {
        return RaciCheck.warnings(m, 2);
    }

    @Test
    void aCleanMatrixHasNoWarning() {
        assertEquals(List.of(), warnings(matrix(new String[]{"A", "R", "C/I"}, new String[]{"R", "A", "I"})));
    }

    @Test
    void noAccountable() {
        assertEquals(List.of(new RaciWarning(RaciWarning.Kind.NO_ACCOUNTABLE, 2, null)),
                warnings(matrix(new String[]{"A", "R", "C"}, new String[]{"R", "C", "I"})));
    }

    @Test
    void noResponsible() {
        assertEquals(List.of(new RaciWarning(RaciWarning.Kind.NO_RESPONSIBLE, 1, null)),
                warnings(matrix(new String[]{"A", "C", "I"}, new String[]{"R", "A", "C"})));
    }

    @Test
    void multipleAccountable() {
        assertEquals(List.of(new RaciWarning(RaciWarning.Kind.MULTIPLE_ACCOUNTABLE, 1, null)),
                warnings(matrix(new String[]{"A", "A/R", "I"}, new String[]{"R", "A", "C"})));
    }

    @Test
    void unusedParty() {
        assertEquals(List.of(new RaciWarning(RaciWarning.Kind.UNUSED_PARTY, null, "P3")),
                warnings(matrix(new String[]{"A", "R", ""}, new String[]{"R", "A", ""})));
    }

    @Test
    void overloadedPartyAboveTheThreshold() {
        RaciMatrix m = matrix(new String[]{"A", "R", "C"}, new String[]{"A", "R", "C"}, new String[]{"A", "R", "I"});
        assertEquals(List.of(new RaciWarning(RaciWarning.Kind.OVERLOADED_PARTY, null, "P2")), warnings(m));
        assertEquals(List.of(), RaciCheck.warnings(m, 3), "three R's are not more than three");
    }

    @Test
    void cellsKeepTheOrderTypedAndRefuseUnknownOrRepeatedLetters() {
        assertEquals("C/A", RaciCell.parse("c/a", CODES).orElseThrow().text());
        assertEquals("A/C", RaciCell.parse(" A C ", CODES).orElseThrow().text());
        assertEquals("R/A", RaciCell.parse("RA", CODES).orElseThrow().text());
        assertEquals(Optional.empty(), RaciCell.parse("A/X", CODES));
        assertEquals(Optional.empty(), RaciCell.parse("A/A", CODES));
        assertEquals("", RaciCell.parse("  ", CODES).orElseThrow().text());
    }

    @Test
    void editsMoveCellsWithTheirTasksAndParties() {
        RaciMatrix m = matrix(new String[]{"A", "R"}, new String[]{"R", "A"});
        RaciMatrix moved = m.withTaskMoved(0, 1).withPartyMoved(1, 0);
        assertEquals("Tugas 2", moved.tasks().get(0).text());
        assertEquals("A", moved.cell(0, 0).text());
        assertEquals("R", moved.cell(1, 0).text());
        RaciMatrix inserted = m.withPartyInserted(1, RaciParty.group("Baru")).withTaskInserted(0, RaciTask.of("Nol"));
        assertEquals(3, inserted.parties().size());
        assertEquals("", inserted.cell(1, 1).text());
        assertEquals("R", inserted.cell(1, 2).text());
        assertEquals(List.of("Tugas 1", "Tugas 2"), inserted.withTaskRemoved(0).tasks().stream()
                .map(RaciTask::text).toList());
    }
}
