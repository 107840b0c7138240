package id.tata.raci.ui;

import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.organization.OrgFixture;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciWarning;
import id.tata.raci.service.RaciService;
import id.tata.workspace.Session;
import id.tata.workspace.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page's model on a real workspace with synchronous tasks: every edit is stored and one undo step; a refused
 * edit says why and stores nothing; paste, insert and move; warnings named and recomputed; read-only users.
 */
class RaciViewModelTest {
    @TempDir
    Path dir;

    private OrgFixture fx;
    private final RaciService service = new RaciService();
    private final CommandStack commands = new CommandStack();
    private RaciViewModel model;
    private long id;

    @BeforeEach
    void open() {
        fx = new OrgFixture(dir);
        id = service.createFromTemplate(fx.admin, "pekalongan-2021").id();
        model = model(fx.admin, true);
        model.reload();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private RaciViewModel model(Session session, boolean canEdit) {
        return new RaciViewModel(service, session, new SynchronousTaskExecutor(), commands, I18n.indonesian(),
                canEdit);
    }

    private RaciMatrix stored() {
        return service.get(fx.admin, id);
    }

    @Test
    void typedLettersAreStoredInTheirOrderAndUndone() {
        assertEquals(id, model.matrix().get().id());
        assertEquals("C", stored().cell(1, 3).text());
        assertTrue(model.setCell(1, 3, "a/c"));
        assertEquals("A/C", stored().cell(1, 3).text());
        assertTrue(model.setCell(1, 3, "c a"));
        assertEquals("C/A", stored().cell(1, 3).text(), "the order typed is kept");
        assertEquals(2, commands.undoCount(), "one step per edit");
        commands.undo();
        assertEquals("A/C", stored().cell(1, 3).text());
        commands.redo();
        assertEquals("C/A", stored().cell(1, 3).text());
    }

    @Test
    void anUnknownLetterIsRefusedWithAMessageAndNothingSaved() {
        RaciMatrix before = stored();
        assertFalse(model.setCell(0, 0, "X"));
        assertEquals("Isi \"X\" ditolak: gunakan huruf R, A, C, I, dipisah \"/\" (mis. A/C), masing-masing sekali."
                + " Sel tidak diubah.", model.error().get());
        assertFalse(model.setCell(0, 0, "A/A"), "a letter twice");
        assertEquals(before, stored());
        assertEquals(before, model.matrix().get());
        assertEquals(0, commands.undoCount());
        assertTrue(model.setCell(0, 0, "R"));
        assertEquals("", model.error().get(), "the message goes with the next good edit");
    }

    @Test
    void pasteARowOfCellsAllOrNothing() {
        String row = model.copy(0, null);
        assertEquals("A\tA/C\tC/R\tC/R\tI\tR", row);
        assertTrue(model.paste(2, 0, row));
        assertEquals(stored().cells().get(0), stored().cells().get(2));
        assertEquals(1, commands.undoCount(), "a paste is one step");

        RaciMatrix before = stored();
        assertFalse(model.paste(3, 1, row), "six cells from the second party reach past the last one");
        assertFalse(model.paste(3, 0, "A\tX"), "one bad value refuses the whole paste");
        assertEquals(before, stored());
        assertTrue(model.paste(3, 4, "r\r\ni\r\n"), "a column of two cells, as spreadsheets copy it");
        assertEquals("R", stored().cell(3, 4).text());
        assertEquals("I", stored().cell(4, 4).text());
    }

    @Test
    void insertMoveAndDeleteTasksAndParties() {
        String first = stored().tasks().get(0).text();
        assertTrue(model.insertTask(1, "Menyusun peta rencana SPBE"));
        assertEquals(7, stored().tasks().size());
        assertEquals("Menyusun peta rencana SPBE", stored().tasks().get(1).text());
        assertTrue(stored().cells().get(1).stream().allMatch(c -> c.isEmpty()));
        assertTrue(model.moveTask(0, 1));
        assertEquals(first, stored().tasks().get(1).text());
        assertFalse(model.moveTask(0, -1), "the first task cannot go higher");
        assertFalse(model.insertTask(0, "  "), "a task needs text");
        assertEquals("Uraian tugas tidak boleh kosong.", model.error().get());

        assertTrue(model.insertParty(6, "Inspektorat"));
        assertEquals("Inspektorat", stored().parties().get(6).name());
        assertFalse(model.insertParty(0, "wali kota"), "the same party twice");
        assertTrue(model.moveParty(6, -1));
        assertEquals("Inspektorat", stored().parties().get(5).name());
        assertTrue(model.renameParty(5, "Inspektorat Daerah"));
        assertTrue(model.deleteParty(5));
        assertEquals(6, stored().parties().size());
        assertTrue(model.deleteTask(0));
        assertEquals(6, stored().tasks().size());

        while (commands.canUndo()) {
            commands.undo();
        }
        assertEquals(service.createFromTemplate(fx.admin, "pekalongan-2021").cells(), stored().cells(),
                "all undone: the template's letters again");
    }

    @Test
    void warningsNameTheTaskAndFollowEachEditAndTheThreshold() {
        List<WarningRow> rows = model.warnings();
        assertTrue(rows.stream().allMatch(r -> r.warning().kind() == RaciWarning.Kind.MULTIPLE_ACCOUNTABLE),
                "Pekalongan gives two A's to every task: " + rows);
        assertEquals(6, rows.size());
        assertEquals("Tugas 1: lebih dari satu A. — " + stored().tasks().get(0).text(), rows.get(0).text());
        model.setCell(0, 1, "C");
        assertEquals(5, model.warnings().size(), "one A left on task 1");
        model.overload().set(2);
        assertTrue(model.warnings().stream().anyMatch(r -> r.text()
                .equals("Perangkat Daerah: menjadi R pada terlalu banyak tugas.")), model.warnings().toString());
    }

    @Test
    void exportTheMatrixAndTheWarnings() throws Exception {
        Path csv = dir.resolve("raci.csv");
        model.export(csv);
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("Wali Kota"));
        Path warnings = dir.resolve("peringatan.csv");
        model.exportWarnings(warnings);
        List<String> lines = Files.readAllLines(warnings, StandardCharsets.UTF_8);
        assertEquals("\uFEFFJenis,Tugas,Uraian tugas,Pihak,Peringatan", lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(1).startsWith("MULTIPLE_ACCOUNTABLE,1,"), lines.get(1));
    }

    @Test
    void importShowsRowNumberedProblemsAndAppliesOnlyAGoodFile() throws Exception {
        Path bad = dir.resolve("buruk.csv");
        Files.writeString(bad, "Tugas,Wali Kota,Sekda\nMenyusun arsitektur,A,X\n,R,C\n");
        int before = service.list(fx.admin).size();
        model.preview(bad, preview -> {
            assertEquals(2, preview.problems().size(), preview.problems().toString());
            assertTrue(model.problem(preview.problems().get(0)).startsWith("Baris 2"),
                    model.problem(preview.problems().get(0)));
            model.applyImport(preview);
        });
        assertEquals(before, service.list(fx.admin).size(), "nothing written");
        Path good = dir.resolve("baik.csv");
        Files.writeString(good, "Tugas,Wali Kota,Sekda\nMenyusun arsitektur,A,R/C\n");
        model.preview(good, model::applyImport);
        assertEquals(before + 1, service.list(fx.admin).size());
        assertEquals("R/C", model.matrix().get().cell(0, 1).text(), "the imported matrix is opened");
    }

    @Test
    void withoutOrganizationEditNothingChanges() {
        Session operator = fx.userWith(Role.OPERATOR);
        RaciViewModel readOnly = model(operator, false);
        readOnly.reload();
        assertEquals(id, readOnly.matrix().get().id(), "operators see the matrix");
        assertFalse(readOnly.setCell(0, 0, "R"));
        assertFalse(readOnly.insertTask(0, "Tugas"));
        assertEquals("A", stored().cell(0, 0).text());
        assertEquals(0, commands.undoCount());
        readOnly.deleteCurrent();
        assertEquals(id, stored().id());
    }

    @Test
    void deletingTheOpenMatrixShowsTheNextOrNone() {
        model.deleteCurrent();
        assertTrue(model.matrices().isEmpty());
        assertNull(model.matrix().get());
        assertTrue(model.warnings().isEmpty());
    }

    @Test
    void aVariantLetterIsAddedThenUsableAndALetterInUseCannotBeDropped() {
        assertFalse(model.setCell(0, 5, "R/S"), "S is not a letter of the matrix yet");
        String lines = RaciEdits.lettersText(stored()) + "S | Support | Membantu pelaksanaan tugas\n";
        assertTrue(model.editLetters(lines));
        assertEquals(List.of("R", "A", "C", "I", "S"), stored().letterCodes());
        assertEquals("Membantu pelaksanaan tugas", stored().letters().get(4).meaning());
        assertTrue(model.setCell(0, 5, "R/S"));
        assertEquals("R/S", stored().cell(0, 5).text());

        assertFalse(model.editLetters("R | Responsible | x\nA | Accountable | y\nC | Consulted | z"));
        assertEquals("Huruf I masih dipakai di matriks; hapus dulu dari selnya.", model.error().get());
        assertFalse(model.editLetters(lines + "SS | Dua | tidak"));
        assertTrue(model.error().get().startsWith("Baris 6:"), model.error().get());
        assertEquals(5, stored().letters().size(), "nothing stored by a refused edit");
        commands.undo();
        commands.undo();
        assertEquals(List.of("R", "A", "C", "I"), stored().letterCodes(), "undone like any edit");
    }

    @Test
    void theTitlePurposeAndSourceAreEditedAndAnEmptyTitleRefused() {
        assertTrue(model.editHeader("MATRIKS RACI KOTA CONTOH", "Pembagian tugas", "Perwal Kota Contoh 7/2026"));
        assertEquals("MATRIKS RACI KOTA CONTOH", stored().title());
        assertEquals("Perwal Kota Contoh 7/2026", stored().source());
        assertFalse(model.editHeader(" ", "x", "y"));
        assertEquals("MATRIKS RACI KOTA CONTOH", stored().title());
        commands.undo();
        assertEquals("MATRIKS PEMBAGIAN TUGAS (RACI)", stored().title());
    }
}
