package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.EvidenceProblem;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.workspace.user.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static id.tata.workspace.schema.Tables.ANSWER_EVIDENCE;
import static id.tata.workspace.schema.Tables.EVIDENCE_FILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceServiceTest {
    @TempDir
    Path dir;
    private EvaluationFixture fx;

    @BeforeEach
    void open() {
        fx = new EvaluationFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private int count(org.jooq.Table<?> table) {
        return fx.admin.<Integer>read(Permission.WORKSPACE_READ, dsl -> dsl.fetchCount(table));
    }

    @Test
    void aFileIsStoredWithItsHashNameWhoAndWhenAndReadBack() throws Exception {
        Path file = dir.resolve("SK Tim SPBE.pdf");
        Files.write(file, EvaluationFixture.pdf("sk"));
        EvidenceRef ref = fx.evidence.attach(fx.operator, fx.id(), 2, file);
        assertEquals("SK Tim SPBE.pdf", ref.originalName());
        assertEquals(EvidenceService.sha256(Files.readAllBytes(file)), ref.sha256());
        assertEquals("application/pdf", ref.mediaType());
        assertEquals("operator", ref.attachedBy());
        assertEquals(Files.size(file), ref.size());
        assertArrayEquals(Files.readAllBytes(file), fx.evidence.content(fx.admin, ref));
        Path out = fx.evidence.export(fx.admin, ref, dir.resolve("buka"));
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(out));
    }

    @Test
    void theSameFileOnTwoIndicatorsIsStoredOnce() {
        byte[] pdf = EvaluationFixture.pdf("sama");
        fx.evidence.attach(fx.operator, fx.id(), 1, "a.pdf", pdf);
        fx.evidence.attach(fx.operator, fx.id(), 2, "b.pdf", pdf);
        fx.evidence.attach(fx.operator, fx.id(), 2, "b lagi.pdf", pdf);
        assertEquals(1, count(EVIDENCE_FILE));
        assertEquals(2, count(ANSWER_EVIDENCE));
    }

    @Test
    void contentDecidesNotTheName() {
        TataException e = assertThrows(TataException.class, () -> fx.evidence.attach(fx.operator, fx.id(), 1,
                "laporan.pdf", "MZ\u0090 not a pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertEquals("evaluation.error.evidenceType", e.key());
        assertEquals("laporan.pdf", e.args()[0]);
        EvidenceRef ref = fx.evidence.attach(fx.operator, fx.id(), 1, "gambar.txt",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        assertEquals("image/png", ref.mediaType());
        assertEquals(1, count(ANSWER_EVIDENCE));
    }

    @Test
    void filesOverTheLimitAreRefusedAndTheLimitIsConfigurable() {
        assertEquals(50L * 1024 * 1024, fx.evidence.maxBytes(fx.admin));
        fx.evidence.setMaxBytes(fx.admin, 2048);
        byte[] big = new byte[3000];
        byte[] head = EvaluationFixture.pdf("besar");
        System.arraycopy(head, 0, big, 0, head.length);
        TataException e = assertThrows(TataException.class,
                () -> fx.evidence.attach(fx.operator, fx.id(), 1, "besar.pdf", big));
        assertEquals("evaluation.error.evidenceTooLarge", e.key());
        assertEquals(0, count(EVIDENCE_FILE));
        assertThrows(TataException.class, () -> fx.evidence.setMaxBytes(fx.operator, 4096));
    }

    @Test
    void anAlteredFileIsDetectedAndNeverServed() {
        EvidenceRef ref = fx.evidence.attach(fx.operator, fx.id(), 3, "a.pdf", EvaluationFixture.pdf("asli"));
        fx.admin.write(Permission.WORKSPACE_ADMIN, tx -> tx.dsl().update(EVIDENCE_FILE)
                .set(EVIDENCE_FILE.CONTENT, EvaluationFixture.pdf("palsu")).execute());
        List<EvidenceProblem> problems = fx.evidence.check(fx.admin, fx.id());
        assertEquals(List.of(new EvidenceProblem(3, "a.pdf", ref.sha256(), EvidenceProblem.Kind.ALTERED)), problems);
        assertEquals(ErrorKind.INTERNAL, assertThrows(TataException.class,
                () -> fx.evidence.content(fx.admin, ref)).kind());
    }

    @Test
    void aMissingFileIsReported() throws Exception {
        EvidenceRef ref = fx.evidence.attach(fx.operator, fx.id(), 3, "a.pdf", EvaluationFixture.pdf("asli"));
        // Another program deleting the content behind Tata's back (foreign keys are off in a plain connection).
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kota-contoh.tata"));
             var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM evidence_file");
        }
        assertEquals(EvidenceProblem.Kind.MISSING, fx.evidence.check(fx.admin, fx.id()).get(0).kind());
        assertEquals(ErrorKind.NOT_FOUND, assertThrows(TataException.class,
                () -> fx.evidence.content(fx.admin, ref)).kind());
    }

    @Test
    void detachingRemovesOnlyThatAttachment() {
        byte[] pdf = EvaluationFixture.pdf("x");
        EvidenceRef one = fx.evidence.attach(fx.operator, fx.id(), 1, "a.pdf", pdf);
        fx.evidence.attach(fx.operator, fx.id(), 2, "a.pdf", pdf);
        fx.evidence.detach(fx.operator, fx.id(), one);
        assertTrue(fx.answers.answer(fx.admin, fx.id(), 1).evidence().isEmpty());
        assertEquals(1, fx.answers.answer(fx.admin, fx.id(), 2).evidence().size());
    }
}
