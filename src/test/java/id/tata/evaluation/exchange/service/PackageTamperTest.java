package id.tata.evaluation.exchange.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.exchange.domain.AnswerState;
import id.tata.evaluation.exchange.domain.EvidenceItem;
import id.tata.evaluation.exchange.domain.MergeDecisions;
import id.tata.evaluation.exchange.io.PackageContent;
import id.tata.evaluation.exchange.io.PackageJson;
import id.tata.evaluation.exchange.io.PackageZip;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A returned package that was changed, cut short or forged is refused before anything is read from it: the message
 * names the entry, and no row (nor audit row) is written. The untouched package is imported at the end of each case,
 * to show the refusal came from the damage, not from the set-up.
 */
class PackageTamperTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;
    private PackageFixture f;
    private Path back;
    private String evidenceEntry;

    @BeforeEach
    void aReturnedPackage() {
        f = new PackageFixture(dir);
        f.openOnAssessorLaptop(f.exportForAssessor());
        f.answers.save(f.assessor, f.assessorAssessmentId, 2, new AnswerEdit(4, "Diterapkan.", null, ""));
        f.evidence.attach(f.assessor, f.assessorAssessmentId, 2, "bukti.pdf", PackageFixture.pdf("bukti-asli"));
        back = f.exportAnswersBack();
        evidenceEntry = PackageZip.EVIDENCE_DIR + PackageZip.sha256(PackageFixture.pdf("bukti-asli"));
    }

    @AfterEach
    void theUntouchedPackageStillImports() {
        try {
            assertNotNull(f.packages.importAnswers(f.admin, back, MergeDecisions.none()).mergeId());
            assertEquals(4, f.mine(2).selfLevel());
        } finally {
            f.close();
        }
    }

    @Test
    void oneByteChangedInsideAnEvidenceFile() throws Exception {
        byte[] raw = Files.readAllBytes(back);
        int at = indexOf(raw, "bukti-asli".getBytes(StandardCharsets.US_ASCII));
        raw[at] = 'B';
        Path tampered = Files.write(dir.resolve("byte.tatapaket"), raw);

        refused(tampered, "evaluation.package.error.hash", evidenceEntry);
    }

    @Test
    void answersChangedButTheManifestNot() throws Exception {
        Path tampered = rewrite("answers.tatapaket", entries -> entries.put(PackageZip.ANSWERS,
                new String(entries.get(PackageZip.ANSWERS), StandardCharsets.UTF_8)
                        .replace("\"self_level\" : 4", "\"self_level\" : 5").getBytes(StandardCharsets.UTF_8)));

        refused(tampered, "evaluation.package.error.hash", PackageZip.ANSWERS);
    }

    @Test
    void aHashInTheManifestDoesNotMatch() throws Exception {
        Path tampered = rewriteManifest("hash.tatapaket", m -> entry(m, PackageZip.BASE)
                .put("sha256", PackageZip.sha256("lain".getBytes(StandardCharsets.UTF_8))));

        refused(tampered, "evaluation.package.error.hash", PackageZip.BASE);
    }

    @Test
    void aSizeInTheManifestDoesNotMatch() throws Exception {
        Path tampered = rewriteManifest("size.tatapaket", m -> entry(m, PackageZip.INSTRUMENT).put("size", 12));

        refused(tampered, "evaluation.package.error.size", PackageZip.INSTRUMENT);
    }

    @Test
    void aTruncatedPackage() throws Exception {
        byte[] raw = Files.readAllBytes(back);
        for (int keep : new int[]{raw.length - 30, raw.length / 2, 10}) {
            Path cut = Files.write(dir.resolve("cut-" + keep + ".tatapaket"), Arrays.copyOf(raw, keep));
            refused(cut, "evaluation.package.error.damaged", cut.getFileName().toString());
        }
    }

    @Test
    void anEntryIsMissing() throws Exception {
        Path tampered = rewrite("missing.tatapaket", entries -> entries.remove(evidenceEntry));

        refused(tampered, "evaluation.package.error.missingEntry", evidenceEntry);
    }

    @Test
    void anEntryWasAdded() throws Exception {
        Path tampered = rewrite("added.tatapaket", entries -> entries.put("../catatan.txt", new byte[]{1}));

        refused(tampered, "evaluation.package.error.unknownEntry", "../catatan.txt");
    }

    @Test
    void theManifestIsMissingOrUnreadable() throws Exception {
        refused(rewrite("nomanifest.tatapaket", entries -> entries.remove(PackageZip.MANIFEST)),
                "evaluation.package.error.missingEntry", PackageZip.MANIFEST);
        refused(rewrite("badmanifest.tatapaket", entries -> entries.put(PackageZip.MANIFEST,
                "{\"kind\": ".getBytes(StandardCharsets.UTF_8))), "evaluation.package.error.badEntry",
                PackageZip.MANIFEST);
    }

    @Test
    void theManifestNamesAnotherAssessment() throws Exception {
        Path tampered = rewriteManifest("assessment.tatapaket", m -> m.put("assessment_id", 99));

        refused(tampered, "evaluation.package.error.wrongAssessment", "Penilaian Mandiri MINI 2026");
    }

    @Test
    void theManifestListsOtherIndicators() throws Exception {
        Path tampered = rewriteManifest("indicators.tatapaket", m -> ((ArrayNode) m.get("indicators")).remove(2));

        refused(tampered, "evaluation.package.error.indicators", PackageZip.BASE);
    }

    @Test
    void evidenceOfAnUnknownTypeIsRefusedAsWhenAttachedByHand() {
        PackageContent good = PackageZip.read(back);
        byte[] text = "bukan PDF, hanya teks".getBytes(StandardCharsets.UTF_8);
        String sha = PackageZip.sha256(text);
        Map<Integer, AnswerState> answers = new TreeMap<>(good.answers());
        answers.put(2, answers.get(2).withEvidence(Map.of(sha, new EvidenceItem(sha, "catatan.txt", text.length,
                "application/pdf"))));
        Map<String, byte[]> entries = new LinkedHashMap<>(good.entries());
        entries.remove(evidenceEntry);
        entries.put(PackageZip.ANSWERS, PackageJson.answers(answers.values()));
        entries.put(PackageZip.EVIDENCE_DIR + sha, text);
        Path forged = dir.resolve("teks.tatapaket");
        PackageZip.write(forged, good.manifest(), entries);

        refused(forged, "evaluation.error.evidenceType", "catatan.txt");
    }

    @Test
    void aFailedOpenLeavesNoWorkspaceBehind() throws Exception {
        PackageContent good = PackageZip.read(f.exportForAssessor());
        byte[] text = "bukan PDF".getBytes(StandardCharsets.UTF_8);
        String sha = PackageZip.sha256(text);
        Map<Integer, AnswerState> answers = new TreeMap<>(good.answers());
        answers.put(3, answers.get(3).withEvidence(Map.of(sha, new EvidenceItem(sha, "catatan.txt", 9, ""))));
        Map<String, byte[]> entries = new LinkedHashMap<>(good.entries());
        entries.put(PackageZip.ANSWERS, PackageJson.answers(answers.values()));
        entries.put(PackageZip.EVIDENCE_DIR + sha, text);
        Path forged = dir.resolve("paket-palsu.tatapaket");
        PackageZip.write(forged, good.manifest(), entries);
        Path laptop = dir.resolve("laptop-lain");
        Files.createDirectories(laptop);

        TataException e = assertThrows(TataException.class, () -> f.packages.openNew(forged,
                laptop.resolve("asesor.tata"), "ani", "rahasia-123".toCharArray()));

        assertEquals("evaluation.error.evidenceType", e.key());
        try (var left = Files.list(laptop)) {
            assertEquals(List.of(), left.toList(), "the new workspace is removed again");
        }
    }

    /** Import refused with the key, the message names {@code named}, nothing written; the good package then imports. */
    private void refused(Path tampered, String key, String named) {
        Map<String, Integer> before = f.counts();
        TataException e = assertThrows(TataException.class,
                () -> f.packages.importAnswers(f.admin, tampered, MergeDecisions.none()));
        assertEquals(key, e.key(), e.message(I18n.forLanguage("id")));
        assertNotEquals(ErrorKind.INTERNAL, e.kind());
        assertTrue(e.message(I18n.forLanguage("id")).contains(named), e.message(I18n.forLanguage("id")));
        assertEquals(before, f.counts(), "nothing written");
        assertThrows(TataException.class, () -> f.packages.preview(f.admin, tampered));
    }

    private Path rewriteManifest(String name, Consumer<ObjectNode> change) throws IOException {
        return rewrite(name, entries -> {
            try {
                ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get(PackageZip.MANIFEST));
                change.accept(manifest);
                entries.put(PackageZip.MANIFEST, JSON.writeValueAsBytes(manifest));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ObjectNode entry(ObjectNode manifest, String path) {
        for (JsonNode e : manifest.get("entries")) {
            if (e.get("path").asText().equals(path)) {
                return (ObjectNode) e;
            }
        }
        throw new IllegalStateException(path);
    }

    /** A copy of the returned package with its entries changed, written as a proper zip (CRCs right). */
    private Path rewrite(String name, Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(back.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        change.accept(entries);
        Path target = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return target;
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }
}
