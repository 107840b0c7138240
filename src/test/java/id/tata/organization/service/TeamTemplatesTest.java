package id.tata.organization.service;

import id.tata.organization.domain.TeamKind;
import id.tata.organization.domain.TeamRole;
import id.tata.organization.domain.TeamTemplate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The team templates say what their regulations say: each task is found word for word in the regulation's text
 * (src/test/resources/id/tata/organization/regulations, copies of the published texts), so an edited task fails here.
 */
class TeamTemplatesTest {
    /** Template code prefix → the regulation it quotes. */
    private static final Map<String, String> REGULATIONS = Map.of(
            "singkawang", "perwal-singkawang-101-2021.txt",
            "pekalongan", "perwal-pekalongan-26-2021.txt",
            "madiun", "perwal-madiun-2021.txt",
            "batubara", "perbup-batu-bara-81-2021.txt");

    private final TeamTemplates templates = TeamTemplates.standard();

    private TeamTemplate template(String code) {
        return templates.find(code).orElseThrow(() -> new AssertionError("no template " + code));
    }

    @Test
    void everyTemplateHasTheExpectedNumberOfMembersAndTasks() {
        Map<String, List<Integer>> expected = Map.of(
                "singkawang-2021-koordinasi", List.of(7, 2),
                "singkawang-2021-sekretariat", List.of(3, 1),
                "singkawang-2021-asesor", List.of(12, 6),
                "pekalongan-2021-koordinasi", List.of(11, 10),
                "madiun-2021-koordinasi", List.of(5, 2),
                "batubara-2021-koordinasi", List.of(3, 8),
                "batubara-2021-asesor", List.of(5, 7));
        assertEquals(expected.keySet(), Set.copyOf(templates.all().stream().map(TeamTemplate::code).toList()));
        expected.forEach((code, counts) -> {
            assertEquals(counts.get(0), template(code).members().size(), code + " members");
            assertEquals(counts.get(1), template(code).tasks().size(), code + " tasks");
        });
    }

    @Test
    void everyTaskIsQuotedFromItsRegulation() {
        for (TeamTemplate t : templates.all()) {
            String regulation = normalized(regulationOf(t));
            for (String task : t.tasks()) {
                assertTrue(regulation.contains(normalized(task)), t.code() + " task not in its regulation: " + task);
            }
        }
    }

    @Test
    void everyTemplateCitesItsRegulationAndPasal() {
        for (TeamTemplate t : templates.all()) {
            String basis = t.legalBasis();
            assertTrue(basis.startsWith("Peraturan ") && basis.contains("Pasal "), t.code() + ": " + basis);
            assertTrue(basis.contains("Tahun 2021"), t.code() + ": " + basis);
        }
        assertTrue(template("singkawang-2021-koordinasi").legalBasis()
                .contains("Wali Kota Singkawang Nomor 101 Tahun 2021"));
        assertTrue(template("pekalongan-2021-koordinasi").legalBasis()
                .contains("Wali Kota Pekalongan Nomor 26 Tahun 2021"));
        assertTrue(template("batubara-2021-koordinasi").legalBasis().contains("Bupati Batu Bara Nomor 81 Tahun 2021"));
        assertTrue(template("madiun-2021-koordinasi").legalBasis().endsWith("Pasal 44"));
    }

    @Test
    void someTasksWordForWord() {
        assertEquals(List.of("mengarahkan, memantau, dan mengevaluasi pelaksanaan SPBE Pemerintah Daerah",
                "melakukan koordinasi dengan Tim Koordinasi SPBE Nasional untuk pelaksanaan SPBE yang melibatkan "
                        + "lintas instansi pusat dan Daerah"), template("singkawang-2021-koordinasi").tasks());
        assertEquals("menyusun jadwal pelaksanaan evaluasi SPBE Pemerintah Daerah",
                template("singkawang-2021-asesor").tasks().get(0));
        assertEquals("mendukung penerapan SPBE antar Pemerintah Daerah dan/atau Instansi Pusat",
                template("madiun-2021-koordinasi").tasks().get(1));
        assertEquals("mengatur pelaksanaan manajemen perubahan kebijakan SPBE",
                template("batubara-2021-koordinasi").tasks().get(7));
        assertTrue(template("pekalongan-2021-koordinasi").tasks().get(0).startsWith("Perangkat Daerah yang "
                + "menyelenggarakan urusan pemerintahan daerah di bidang komunikasi dan informatika bertugas: "
                + "1) mengkoordinasikan penyusunan rencana induk SPBE;"));
    }

    @Test
    void compositionsFollowTheRegulations() {
        TeamTemplate coordination = template("singkawang-2021-koordinasi");
        assertEquals(TeamKind.COORDINATION, coordination.kind());
        assertEquals(new TeamTemplate.Member(TeamRole.KETUA, "Sekretaris Daerah"), coordination.members().get(2));
        TeamTemplate assessors = template("singkawang-2021-asesor");
        assertEquals(TeamKind.INTERNAL_ASSESSOR, assessors.kind());
        assertEquals(List.of(TeamRole.SUPERVISOR, TeamRole.OPERATOR),
                assessors.members().stream().limit(2).map(TeamTemplate.Member::role).toList());
        List<String> fields = List.of("organisasi dan ketatalaksanaan", "hukum", "teknologi informasi dan komunikasi",
                "perencanaan dan pembangunan daerah", "keuangan", "pengadaan barang dan jasa", "kepegawaian",
                "kearsipan", "pengawasan", "pelayanan publik");
        List<TeamTemplate.Member> asesor = assessors.members().subList(2, 12);
        for (int i = 0; i < fields.size(); i++) {
            assertEquals(TeamRole.ASESOR, asesor.get(i).role());
            assertTrue(asesor.get(i).title().endsWith("di bidang " + fields.get(i)), asesor.get(i).title());
        }
        List<String> madiun = template("madiun-2021-koordinasi").members().stream()
                .map(TeamTemplate.Member::title).toList();
        assertTrue(madiun.contains("Kepala Dinas Komunikasi dan Informatika"), madiun.toString());
    }

    @Test
    void codesAreFoundWithoutRegardToCase() {
        assertTrue(templates.find("SINGKAWANG-2021-ASESOR").isPresent());
        assertFalse(templates.find("tidak-ada").isPresent());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TeamTemplates.parse(
                "# x\n[a]\nkind = COORDINATION\nname = Tim\nlegalBasis = Peraturan, Pasal 1\nmember = KETUA Sekda\n"));
        assertTrue(e.getMessage().contains("line 6"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> TeamTemplates.parse("kind = COORDINATION\n"));
    }

    private static String regulationOf(TeamTemplate t) {
        String file = REGULATIONS.get(t.code().substring(0, t.code().indexOf('-')));
        assertTrue(file != null, "which regulation does " + t.code() + " quote?");
        try (InputStream in = TeamTemplatesTest.class.getResourceAsStream("/id/tata/organization/regulations/"
                + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Mends what the text conversion added: "- " list markers at line starts, line breaks and runs of spaces. */
    private static String normalized(String text) {
        return text.replaceAll("(?m)^[ \\t]*- ", "").replaceAll("\\s+", " ").strip();
    }
}
