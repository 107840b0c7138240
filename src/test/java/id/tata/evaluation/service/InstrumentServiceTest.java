package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Aspect;
import id.tata.evaluation.domain.Domain;
import id.tata.evaluation.domain.Indicator;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.InstrumentCheck;
import id.tata.evaluation.domain.InstrumentProblem;
import id.tata.evaluation.domain.InstrumentVersion;
import id.tata.organization.OrgFixture;
import id.tata.workspace.Session;
import id.tata.workspace.user.Role;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static id.tata.workspace.schema.Tables.INSTRUMENT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstrumentServiceTest {
    @TempDir
    Path dir;
    private OrgFixture fx;
    private final InstrumentService service = new InstrumentService();

    @BeforeEach
    void open() {
        fx = new OrgFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void spbe2020IsBuiltInAndSound() {
        Instrument spbe = service.find(fx.admin, "SPBE-2020").orElseThrow();
        assertEquals(4, spbe.domains().size());
        assertEquals(8, spbe.aspects().size());
        assertEquals(47, spbe.indicators().size());
        assertFalse(spbe.provisional());
        assertEquals(0, sum(spbe.domains().stream().map(Domain::weight).toList()).compareTo(BigDecimal.valueOf(100)));
        // exactly, not within the tolerance: the weights are read from the text, never through double
        assertEquals(0, sum(spbe.indicators().stream().map(Indicator::weight).toList())
                .compareTo(BigDecimal.valueOf(100)));
        assertEquals(new BigDecimal("1.3"), spbe.indicator(1).orElseThrow().weight());
        assertEquals(List.of(), InstrumentCheck.check(spbe));
        assertEquals("Terdefinisi", spbe.levelName(spbe.indicator(1).orElseThrow(), 3));
        assertEquals("Transaksi", spbe.levelName(spbe.indicator(40).orElseThrow(), 3));
    }

    @Test
    void pemdi2026IsBuiltInProvisionalWithoutDomains() {
        Instrument pemdi = service.find(fx.admin, "PEMDI-2026", 1).orElseThrow();
        assertTrue(pemdi.provisional());
        assertEquals(List.of(), pemdi.domains());
        assertEquals(7, pemdi.aspects().size());
        assertEquals(20, pemdi.indicators().size());
        assertEquals(0, sum(pemdi.aspects().stream().map(Aspect::weight).toList()).compareTo(BigDecimal.valueOf(100)));
        List<InstrumentProblem> problems = InstrumentCheck.check(pemdi);
        assertFalse(InstrumentProblem.anyError(problems), problems.toString());
        assertEquals(20, problems.size(), "every indicator's criteria are still empty: one warning each");
    }

    @Test
    void builtInsAreListedAsVersionOne() {
        List<InstrumentVersion> list = service.list(fx.admin);
        assertEquals(List.of("PEMDI-2026 1 20 true true", "SPBE-2020 1 47 false true"), list.stream()
                .map(v -> v.code() + " " + v.version() + " " + v.indicatorCount() + " " + v.provisional() + " "
                        + v.builtIn()).toList());
    }

    @Test
    void importingTheSameCodeAgainMakesTheNextVersion() {
        ImportedInstrument first = service.importJson(fx.admin, MiniInstrument.bytes());
        assertEquals(1, first.version());
        assertFalse(first.alreadyPresent());
        ImportedInstrument second = service.importJson(fx.admin,
                MiniInstrument.with("\"name\": \"Instrumen Mini\"", "\"name\": \"Instrumen Mini (koreksi)\""));
        assertEquals(2, second.version());
        assertEquals("Instrumen Mini (koreksi)", service.find(fx.admin, "MINI-1").orElseThrow().name());
        assertEquals("Instrumen Mini", service.find(fx.admin, "MINI-1", 1).orElseThrow().name());
        InstrumentVersion listed = service.list(fx.admin).stream().filter(v -> v.code().equals("MINI-1")
                && v.version() == 2).findFirst().orElseThrow();
        assertEquals("admin", listed.importedBy());
        assertFalse(listed.builtIn());
    }

    @Test
    void anIdenticalFileIsRecognisedEvenWithOtherSpacing() {
        service.importJson(fx.admin, MiniInstrument.bytes());
        ImportedInstrument again = service.importJson(fx.admin,
                MiniInstrument.JSON.replace("\n", "\n\n  ").getBytes());
        assertTrue(again.alreadyPresent());
        assertEquals(1, again.version());
        assertEquals(1, (int) fx.workspace.read(dsl -> dsl.fetchCount(INSTRUMENT)));
    }

    @Test
    void aCorrectedBuiltInBecomesVersionTwoAndTheBuiltInItselfIsAlreadyThere() throws Exception {
        byte[] spbe = resource("/id/tata/evaluation/instruments/spbe-2020.json");
        ImportedInstrument same = service.importJson(fx.admin, spbe);
        assertTrue(same.alreadyPresent());
        assertEquals(1, same.version());
        String corrected = new String(spbe, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"name\": \"Perencanaan Strategis SPBE\"", "\"name\": \"Perencanaan Strategis SPBE (R)\"");
        assertFalse(corrected.equals(new String(spbe, java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(2, service.importJson(fx.admin, corrected.getBytes()).version());
        assertEquals(2, service.list(fx.admin).stream().filter(v -> v.code().equals("SPBE-2020")).count());
    }

    @Test
    void exportedJsonRoundTrips() throws Exception {
        service.importJson(fx.admin, MiniInstrument.bytes());
        Path out = dir.resolve("mini.json");
        assertEquals(1, service.exportJson(fx.admin, "MINI-1", null, out));
        assertArrayEquals(MiniInstrument.bytes(), Files.readAllBytes(out));

        try (OrgFixture other = new OrgFixture(dir.resolve("lain"))) {
            ImportedInstrument there = service.importJson(other.admin, out);
            assertEquals(1, there.version());
            assertEquals(service.find(fx.admin, "MINI-1").orElseThrow(),
                    service.find(other.admin, "MINI-1").orElseThrow());
        }
        Path builtIn = dir.resolve("pemdi.json");
        service.exportJson(fx.admin, "PEMDI-2026", 1, builtIn);
        assertTrue(service.importJson(fx.admin, builtIn).alreadyPresent());
    }

    @Test
    void xlsxExportHasEveryIndicatorWithANumericWeight() throws Exception {
        Path out = dir.resolve("spbe.xlsx");
        assertEquals(1, service.exportXlsx(fx.admin, "SPBE-2020", null, out));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet sheet = book.getSheet("Indikator");
            List<Row> rows = new ArrayList<>();
            sheet.forEach(r -> {
                Cell weight = r.getCell(4);
                if (weight != null && weight.getCellType() == CellType.NUMERIC) {
                    rows.add(r);
                }
            });
            assertEquals(47, rows.size());
            assertEquals(1.3, rows.get(0).getCell(4).getNumericCellValue(), 1e-9);
            assertEquals("Kebijakan Internal SPBE", rows.get(0).getCell(1).getStringCellValue());
            assertTrue(rows.get(0).getCell(6).getStringCellValue().startsWith("Konsep kebijakan internal"));
            assertEquals(100.0, rows.stream().mapToDouble(r -> r.getCell(4).getNumericCellValue()).sum(), 1e-6);
            assertTrue(book.getSheet("Predikat") != null);
        }
    }

    @Test
    void unknownCodeOrVersionIsNotFound() {
        TataException e = assertThrows(TataException.class,
                () -> service.exportJson(fx.admin, "SPBE-2020", 3, dir.resolve("x.json")));
        assertEquals(ErrorKind.NOT_FOUND, e.kind());
        assertEquals("Instrumen SPBE-2020 versi 3 tidak ada.", e.getMessage());
        assertTrue(service.find(fx.admin, "TIDAK-ADA").isEmpty());
    }

    @Test
    void onlyThoseWhoApproveEvaluationsImportInstruments() {
        Session operator = fx.userWith(Role.OPERATOR);
        TataException e = assertThrows(TataException.class,
                () -> service.importJson(operator, MiniInstrument.with("\"weight\": 24.5", "\"weight\": 1")));
        assertEquals(ErrorKind.REFUSED, e.kind(), "refused before the file is looked at");
        assertEquals(2, service.list(operator).size(), "but an operator may read them");
        Session supervisor = fx.userWith(Role.SUPERVISOR);
        assertEquals(1, service.importJson(supervisor, MiniInstrument.bytes()).version());
    }

    @Test
    void aStoredVersionCannotChange() {
        service.importJson(fx.admin, MiniInstrument.bytes());
        RuntimeException e = assertThrows(RuntimeException.class, () -> fx.workspace.write("admin", tx ->
                tx.dsl().update(INSTRUMENT).set(INSTRUMENT.SOURCE_JSON, "{}").execute()));
        assertTrue(String.valueOf(e.getMessage()).contains("cannot change")
                || String.valueOf(e.getCause()).contains("cannot change"), String.valueOf(e));
        assertEquals("Instrumen Mini", service.find(fx.admin, "MINI-1", 1).orElseThrow().name());
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = InstrumentServiceTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
