package id.tata.raci.service;

import id.tata.common.error.TataException;
import id.tata.importing.ImportProblem;
import id.tata.organization.OrgFixture;
import id.tata.raci.domain.RaciCell;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciParty;
import id.tata.raci.domain.RaciTask;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.Role;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static id.tata.workspace.schema.Tables.AUDIT_LOG;
import static id.tata.workspace.schema.Tables.RACI_MATRIX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RaciServiceTest {
    @TempDir
    Path dir;
    private OrgFixture fx;
    private final RaciService service = new RaciService();

    @BeforeEach
    void open() {
        fx = new OrgFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private int count(org.jooq.Table<?> table) {
        return fx.admin.<Integer>read(Permission.WORKSPACE_READ, dsl -> dsl.fetchCount(table));
    }

    @Test
    void aTemplateIsStoredAndReadBackEqual() {
        RaciMatrix stored = service.createFromTemplate(fx.admin, "pekalongan-2021");
        RaciMatrix read = service.get(fx.admin, stored.id());
        assertEquals(RaciTemplates.standard().find("pekalongan-2021").orElseThrow().matrix().withId(stored.id()),
                read);
    }

    @Test
    void typingOneCellWritesOneAuditedRow() {
        RaciMatrix m = service.createFromTemplate(fx.admin, "pekalongan-2021");
        int before = count(AUDIT_LOG);
        RaciMatrix changed = service.save(fx.admin, m.withCell(1, 4, new RaciCell(List.of("I"))));
        assertEquals("I", changed.cell(1, 4).text());
        assertEquals(before + 1, count(AUDIT_LOG));
    }

    @Test
    void movingAndDeletingTasksAndPartiesIsSavedAsShown() {
        RaciMatrix m = service.createFromTemplate(fx.admin, "pekalongan-2021");
        RaciMatrix edited = m.withTaskMoved(5, 0).withTaskRemoved(3).withPartyRemoved(4)
                .withPartyInserted(0, RaciParty.group("Sekretariat SPBE")).withTaskInserted(5, RaciTask.of("Baru"));
        assertEquals(edited, service.save(fx.admin, edited));
        assertEquals(edited, service.get(fx.admin, m.id()));
    }

    @Test
    void theSecretariatCannotEditMatrices() {
        var secretariat = fx.userWith(Role.SECRETARIAT);
        assertThrows(TataException.class, () -> service.createFromTemplate(secretariat, "pekalongan-2021"));
        assertEquals(0, count(RACI_MATRIX));
    }

    @Test
    void aGoodCsvIsImportedWithLettersInTheirOrder() throws Exception {
        Path csv = Files.writeString(dir.resolve("raci.csv"), "Tugas,Wali Kota,Koordinator SPBE,Perangkat Daerah\n"
                + "1. Perencanaan SPBE,A,A/C,R\n2. Monitoring,I,c/a,R\n");
        RaciMatrix m = service.importFile(fx.admin, csv);
        assertEquals(List.of("Perencanaan SPBE", "Monitoring"), m.tasks().stream().map(RaciTask::text).toList());
        assertEquals("C/A", m.cell(1, 1).text());
        assertEquals("raci.csv", m.source());
    }

    @Test
    void everyProblemOfABadFileIsNamedByRowAndColumnAndNothingIsWritten() throws Exception {
        Path csv = Files.writeString(dir.resolve("salah.csv"), "Tugas,Wali Kota,Wali Kota,\n"
                + "Perencanaan,A,X,R\n,A,R,\nMonitoring,A/A,R,I\n");
        RaciImportException e = assertThrows(RaciImportException.class, () -> service.importFile(fx.admin, csv));
        List<String> found = e.problems().stream().map(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
                .toList();
        assertEquals(List.of("1:C:raci.import.duplicateParty", "1:D:raci.import.emptyParty",
                "2:Wali Kota:raci.import.badLetters", "3:Tugas:raci.import.emptyTask",
                "4:Wali Kota:raci.import.badLetters"), found);
        assertEquals(0, count(RACI_MATRIX));
        String message = e.message(id.tata.common.l10n.I18n.forLanguage("id"));
        assertTrue(message.contains("salah.csv") && message.contains("Baris 2, kolom Wali Kota"), message);
    }

    @Test
    void exportedCsvImportsBackToTheSameCellsAndXlsxHasColouredLetters() throws Exception {
        RaciMatrix m = service.createFromTemplate(fx.admin, "pekalongan-2021");
        Path csv = RaciExport.write(m, dir.resolve("keluar.csv"));
        RaciMatrix back = service.importFile(fx.admin, csv);
        assertEquals(m.cells(), back.cells());
        assertEquals(m.tasks(), back.tasks());
        Path xlsx = RaciExport.write(m, dir.resolve("keluar.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("Matriks");
            assertTrue(sheet != null, "sheet Matriks");
            var found = new java.util.ArrayList<String>();
            sheet.forEach(row -> row.forEach(cell -> found.add(cell.toString())));
            assertTrue(found.contains("A/C") && found.contains("Kerja sama SPBE antardaerah"), found.toString());
            var aCell = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .flatMap(r -> java.util.stream.StreamSupport.stream(r.spliterator(), false))
                    .filter(c -> c.toString().equals("A/C")).findFirst().orElseThrow();
            var fill = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) aCell.getCellStyle()).getFillForegroundXSSFColor();
            assertEquals("FADBD8", fill.getARGBHex().substring(2), "A is shaded red");
            assertTrue(wb.getSheet("Keterangan") != null && wb.getSheet("Peringatan") != null);
        }
    }

    @Test
    void importProblemsCarryTheirArguments() {
        ImportProblem p = ImportProblem.of(2, "Wali Kota", "raci.import.badLetters", "X", "R, A, C, I");
        assertTrue(p.message(id.tata.common.l10n.I18n.forLanguage("id")).contains("\"X\""));
    }
}
