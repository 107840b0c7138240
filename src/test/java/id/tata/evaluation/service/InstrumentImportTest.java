package id.tata.evaluation.service;

import id.tata.common.l10n.I18n;
import id.tata.evaluation.domain.InstrumentProblem;
import id.tata.organization.OrgFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static id.tata.workspace.schema.Tables.AUDIT_LOG;
import static id.tata.workspace.schema.Tables.INSTRUMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad instrument file gives its own message with its path, and nothing is stored. */
class InstrumentImportTest {
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

    /** Imports the file, expects the refusal, checks nothing was written and returns the Indonesian message. */
    private String refused(byte[] json, String path, String key) {
        int instruments = count();
        int audit = fx.workspace.read(dsl -> dsl.fetchCount(AUDIT_LOG));
        InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class,
                () -> service.importJson(fx.admin, json));
        List<InstrumentProblem> errors = e.problems().stream().filter(InstrumentProblem::isError).toList();
        assertTrue(errors.stream().anyMatch(p -> p.path().equals(path) && p.key().equals(key)),
                "expected " + path + " " + key + " in " + e.problems());
        assertEquals(instruments, count(), "nothing stored");
        int auditAfter = fx.workspace.read(dsl -> dsl.fetchCount(AUDIT_LOG));
        assertEquals(audit, auditAfter, "nothing audited");
        String message = e.getMessage();
        assertTrue(message.startsWith("Instrumen tidak dapat diimpor: " + errors.size() + " kesalahan"), message);
        return message;
    }

    private int count() {
        return fx.workspace.read(dsl -> dsl.fetchCount(INSTRUMENT));
    }

    @Test
    void theMiniInstrumentIsSound() {
        assertEquals(List.of(), InstrumentService.check(MiniInstrument.bytes()));
        assertEquals(1, service.importJson(fx.admin, MiniInstrument.bytes()).version(),
                "a new code starts at version 1");
    }

    @Test
    void indicatorWeightsNotAddingUpToTheAspect() {
        String m = refused(MiniInstrument.with("\"weight\": 24.5", "\"weight\": 20"), "aspects[0].weight",
                "evaluation.instrument.check.aspectSum");
        assertTrue(m.contains("aspects[0].weight: bobot aspek 1 (60) tidak sama dengan jumlah bobot indikatornya "
                + "(55,5)."), m);
    }

    @Test
    void aspectWeightsNotAddingUpToTheDomain() {
        String m = refused(MiniInstrument.with("\"weight\": 60.00", "\"weight\": 61"), "domains[0].weight",
                "evaluation.instrument.check.domainSum");
        assertTrue(m.contains("domains[0].weight: bobot domain 1 (61) tidak sama dengan jumlah bobot aspeknya (60)."),
                m);
        assertTrue(m.contains("domains: jumlah bobot domain 101, seharusnya 100."), m);
    }

    @Test
    void weightsWithinAHundredthAreAccepted() {
        byte[] json = MiniInstrument.with("\"weight\": 24.5", "\"weight\": 24.51");
        assertEquals(List.of(), InstrumentService.check(json).stream().filter(InstrumentProblem::isError).toList());
        refused(MiniInstrument.with("\"weight\": 24.5", "\"weight\": 24.52"), "aspects[0].weight",
                "evaluation.instrument.check.aspectSum");
    }

    @Test
    void aspectsWithoutDomainsMustAddUpToAHundred() {
        String noDomains = MiniInstrument.JSON
                .replaceAll("\"domains\": \\[[^]]*],", "\"domains\": [],")
                .replace("\"domain\": 1", "\"domain\": null").replace("\"domain\": 2", "\"domain\": null");
        assertEquals(List.of(), InstrumentService.check(noDomains.getBytes()));
        String m = refused(noDomains.replace("\"Layanan Publik\", \"domain\": null, \"weight\": 40",
                "\"Layanan Publik\", \"domain\": null, \"weight\": 30").getBytes(), "aspects",
                "evaluation.instrument.check.aspectsTotal");
        assertTrue(m.contains("aspects: jumlah bobot aspek 90, seharusnya 100 (instrumen tanpa domain)."), m);
    }

    @Test
    void unresolvedAspect() {
        String m = refused(MiniInstrument.with("\"aspect\": 2,", "\"aspect\": 9,"), "indicators[2].aspect",
                "evaluation.instrument.check.unknownAspect");
        assertTrue(m.contains("indicators[2].aspect: aspek 9 tidak ada."), m);
    }

    @Test
    void unresolvedDomain() {
        String m = refused(MiniInstrument.with("\"domain\": 2", "\"domain\": 7"), "aspects[1].domain",
                "evaluation.instrument.check.unknownDomain");
        assertTrue(m.contains("aspects[1].domain: domain 7 tidak ada."), m);
    }

    @Test
    void unresolvedScale() {
        String m = refused(MiniInstrument.with("\"aspect\": 2, \"weight\": 40, \"scale\": \"proses\"",
                "\"aspect\": 2, \"weight\": 40, \"scale\": \"teknis\""), "indicators[2].scale",
                "evaluation.instrument.check.unknownScale");
        assertTrue(m.contains("indicators[2].scale: skala \"teknis\" tidak ada (yang ada: proses)."), m);
    }

    @Test
    void duplicateNumber() {
        String m = refused(MiniInstrument.with("{\"no\": 3, \"name\": \"Layanan Pengaduan\"",
                "{\"no\": 2, \"name\": \"Layanan Pengaduan\""), "indicators[2].no",
                "evaluation.instrument.check.duplicateNo");
        assertTrue(m.contains("indicators[2].no: nomor 2 sudah dipakai di indicators[1]."), m);
    }

    @Test
    void missingLevels() {
        byte[] json = MiniInstrument.with("\"scale\": \"proses\",\n     \"levels\": " + MiniInstrument.LEVELS
                        + "},\n    {\"no\": 3",
                "\"scale\": \"proses\",\n     \"levels\": [{\"level\": 1, \"criteria\": \"x\"}, "
                        + "{\"level\": 3, \"criteria\": \"y\"}, {\"level\": 3, \"criteria\": \"z\"}]},\n    {\"no\": 3");
        String m = refused(json, "indicators[1].levels", "evaluation.instrument.check.missingLevels");
        assertTrue(m.contains("indicators[1].levels: indikator 2 tidak memiliki tingkat 2, 4, 5."), m);
        assertTrue(m.contains("indicators[1].levels[2].level: tingkat 3 disebut lebih dari sekali."), m);
    }

    @Test
    void predicatesNotCoveringTheScale() {
        String m = refused(MiniInstrument.with("{\"min\": 0, \"label\": \"Kurang\"}",
                "{\"min\": 1.8, \"label\": \"Kurang\"}"), "predicates",
                "evaluation.instrument.check.predicatesUncovered");
        assertTrue(m.contains("predicates: batas predikat terendah 1,8, sehingga indeks di bawahnya (paling rendah 1) "
                + "tidak berpredikat."), m);
    }

    @Test
    void predicatesOutOfOrder() {
        String m = refused(MiniInstrument.with("[{\"min\": 3.5, \"label\": \"Baik\"}, {\"min\": 0, \"label\": \"Kurang\"}]",
                "[{\"min\": 0, \"label\": \"Kurang\"}, {\"min\": 3.5, \"label\": \"Baik\"}]"), "predicates[1].min",
                "evaluation.instrument.check.predicatesOrder");
        assertTrue(m.contains("urutkan predikat dari yang tertinggi"), m);
    }

    @Test
    void malformedJson() {
        String m = refused(MiniInstrument.with("\"name\": \"Instrumen Mini\",", "\"name\": \"Instrumen Mini\""),
                "JSON", "evaluation.instrument.read.malformed");
        assertTrue(m.contains("JSON: JSON tidak sah di baris 4, kolom"), m);
    }

    @Test
    void wrongType() {
        String m = refused(MiniInstrument.with("\"weight\": 24.5", "\"weight\": \"24,5\""), "indicators[1].weight",
                "evaluation.instrument.read.number");
        assertTrue(m.contains("indicators[1].weight: angka diharapkan."), m);
    }

    @Test
    void missingAndMistypedFieldsAreAllNamed() {
        byte[] json = MiniInstrument.with("{\"no\": 3, \"name\": \"Layanan Pengaduan\", \"aspect\": 2,",
                "{\"no\": 3.5, \"aspect\": [2],");
        InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class,
                () -> service.importJson(fx.admin, json));
        String m = e.getMessage();
        assertTrue(m.contains("indicators[2].no: bilangan bulat diharapkan."), m);
        assertTrue(m.contains("indicators[2].name: wajib ada."), m);
        assertTrue(m.contains("indicators[2].aspect: bilangan bulat diharapkan."), m);
        assertEquals(0, count());
    }

    @Test
    void emptyCriteriaAreOnlyAWarning() {
        byte[] json = MiniInstrument.with("\"name\": \"Layanan Pengaduan\", \"aspect\": 2, \"weight\": 40, \"scale\": "
                        + "\"proses\",\n     \"levels\": " + MiniInstrument.LEVELS,
                "\"name\": \"Layanan Pengaduan\", \"aspect\": 2, \"weight\": 40, \"scale\": \"proses\",\n     \"levels\": "
                        + MiniInstrument.LEVELS.replace("\"Ditetapkan.\"", "null").replace("\"Dievaluasi.\"", "\"  \""));
        ImportedInstrument imported = service.importJson(fx.admin, json);
        assertEquals(1, imported.warnings().size());
        InstrumentProblem warning = imported.warnings().get(0);
        assertEquals("indicators[2].levels", warning.path());
        assertEquals("indicators[2].levels: kriteria tingkat 3, 5 indikator 3 kosong. (peringatan)",
                InstrumentProblemText.of(warning, I18n.indonesian()));
        assertEquals(1, count());
    }

    @Test
    void englishMessagesToo() {
        InvalidInstrumentException e = assertThrows(InvalidInstrumentException.class, () -> service.importJson(
                fx.admin, MiniInstrument.with("\"weight\": 24.5", "\"weight\": \"x\"")));
        String m = e.message(I18n.english());
        assertTrue(m.contains("indicators[1].weight: number expected."), m);
    }

    @Test
    void negativeWeight() {
        byte[] json = MiniInstrument.with("\"weight\": 35.5", "\"weight\": -35.5");
        String m = refused(json, "indicators[0].weight", "evaluation.instrument.check.negativeWeight");
        assertTrue(m.contains("indicators[0].weight: bobot tidak boleh negatif (-35,5)."), m);
    }

    @Test
    void levelOutsideTheScale() {
        byte[] json = MiniInstrument.with("\"weight\": 40, \"scale\": \"proses\",\n     \"levels\": "
                + MiniInstrument.LEVELS, "\"weight\": 40, \"scale\": \"proses\",\n     \"levels\": "
                + MiniInstrument.LEVELS.replace("{\"level\": 5,", "{\"level\": 6,"));
        String m = refused(json, "indicators[2].levels[4].level", "evaluation.instrument.check.levelOutOfRange");
        assertTrue(m.contains("indicators[2].levels[4].level: tingkat 6 di luar rentang 1–5."), m);
        assertTrue(m.contains("indicators[2].levels: indikator 3 tidak memiliki tingkat 5."), m);
    }

    @Test
    void aspectWithoutItsDomain() {
        String m = refused(MiniInstrument.with("\"domain\": 2", "\"domain\": null"), "aspects[1].domain",
                "evaluation.instrument.check.aspectWithoutDomain");
        assertTrue(m.contains("domains[1].weight: bobot domain 2 (40) tidak sama dengan jumlah bobot aspeknya (0)."),
                m);
    }

    @Test
    void duplicatePredicateBound() {
        String m = refused(MiniInstrument.with("{\"min\": 3.5, \"label\": \"Baik\"}",
                "{\"min\": 3.5, \"label\": \"Baik\"}, {\"min\": 3.50, \"label\": \"Cukup\"}"),
                "predicates[1].min", "evaluation.instrument.check.duplicatePredicate");
        assertTrue(m.contains("predicates[1].min: batas 3,5 dipakai lebih dari sekali."), m);
    }

    @Test
    void noPredicatesAtAll() {
        refused(MiniInstrument.with("[{\"min\": 3.5, \"label\": \"Baik\"}, {\"min\": 0, \"label\": \"Kurang\"}]",
                "[]"), "predicates", "evaluation.instrument.check.noPredicates");
    }

    @Test
    void unknownStatus() {
        String m = refused(MiniInstrument.with("\"name\": \"Instrumen Mini\",",
                "\"name\": \"Instrumen Mini\", \"status\": \"draf\","), "status", "evaluation.instrument.read.status");
        assertTrue(m.contains("status: status \"draf\" tidak dikenal"), m);
    }

    @Test
    void notAnObjectOrEmpty() {
        refused("[1, 2]".getBytes(), "JSON", "evaluation.instrument.read.root");
        refused(new byte[0], "JSON", "evaluation.instrument.read.root");
    }

    @Test
    void duplicateKeyIsMalformed() {
        String m = refused(MiniInstrument.with("\"weight\": 35.5,", "\"weight\": 35.5, \"weight\": 30,"), "JSON",
                "evaluation.instrument.read.malformed");
        assertTrue(m.contains("weight"), m);
    }

    @Test
    void provisionalStatusIsRead() {
        service.importJson(fx.admin, MiniInstrument.with("\"name\": \"Instrumen Mini\",",
                "\"name\": \"Instrumen Mini\", \"status\": \"provisional\","));
        assertTrue(service.find(fx.admin, "MINI-1").orElseThrow().provisional());
    }
}
