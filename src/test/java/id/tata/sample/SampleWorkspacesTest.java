package id.tata.sample;

import id.tata.organization.service.AgencyService;
import id.tata.organization.service.PersonService;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.settings.LetterheadImage;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.settings.SignerRole;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.UserService;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamKind;
import id.tata.organization.domain.TeamMemberView;
import id.tata.organization.domain.TeamRole;
import id.tata.organization.service.TeamService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleWorkspacesTest {
    @TempDir
    Path home;

    @Test
    void freshCopyIsKotaContohWithEveryRoleAndTheTemplateStaysPristine() throws Exception {
        SampleWorkspaces samples = new SampleWorkspaces(home);
        Path copy = samples.freshCopy();
        byte[] templateBefore = Files.readAllBytes(samples.template());
        try (Workspace ws = new WorkspaceStore().open(copy, false)) {
            UserService users = new UserService();
            java.util.Map<Role, String> names = java.util.Map.of(Role.ADMIN, "admin", Role.ANALYST, "analis",
                    Role.SECRETARIAT, "sekretariat", Role.SUPERVISOR, "supervisor", Role.OPERATOR, "operator");
            for (Role role : Role.values()) {
                String name = names.get(role);
                Session s = users.login(ws, name, (name + "123").toCharArray());
                assertEquals(role, s.user().role(), "README documents " + name + "/" + name + "123");
            }
            Session admin = users.login(ws, "admin", "admin123".toCharArray());
            SettingsService settings = new SettingsService();
            assertEquals("Kota Contoh", settings.profile(admin).officialName());
            assertTrue(settings.defaultSignatory(admin, SignerRole.GCIO).isPresent());
            assertTrue(settings.image(admin, LetterheadImage.EMBLEM).isPresent());
            assertTrue(new AgencyService().list(admin).size() >= 35, "about 35 Perangkat Daerah");
            assertTrue(new PersonService().list(admin).size() >= 80, "about 80 people");
            sampleTeamsAreThere(admin);
            sampleAssessmentIsThere(admin);
            new AgencyService().create(admin, new id.tata.organization.domain.Agency(null, "9.99", "Badan Uji",
                    "", id.tata.organization.domain.AgencyKind.BOARD, null, ""));
        }
        assertArrayEquals(templateBefore, Files.readAllBytes(samples.template()), "work on a copy never reaches the template");
        Path second = new SampleWorkspaces(home).freshCopy();
        assertEquals(copy, second, "one copy per process, replaced on the next start");
        try (Workspace ws = new WorkspaceStore().open(second, true)) {
            Session admin = new UserService().login(ws, "admin", "admin123".toCharArray());
            assertTrue(new AgencyService().findByCode(admin, "9.99").isEmpty(), "the fresh copy is fresh");
        }
        assertNotEquals(0, Files.size(samples.template()));
    }

    /**
     * Penilaian Mandiri SPBE 2025: every indicator has a self and a verified level, so both indexes are complete; it is
     * approved and final, with explanations and evidence. PEMDI 2026 is in progress: some answers in each status.
     */
    private static void sampleAssessmentIsThere(Session admin) {
        var assessments = new id.tata.evaluation.service.AssessmentService(
                new id.tata.evaluation.service.InstrumentService());
        var answers = new id.tata.evaluation.service.AnswerService(assessments);
        var all = assessments.list(admin);
        assertEquals(List.of("Penilaian Mandiri PEMDI 2026", "Penilaian Mandiri SPBE 2025"),
                all.stream().map(id.tata.evaluation.domain.Assessment::name).toList());
        var finished = all.get(1);
        assertTrue(finished.isFinal());
        var answers2025 = answers.answers(admin, finished.id());
        assertTrue(answers2025.stream().allMatch(a -> a.status() == id.tata.evaluation.domain.AnswerStatus.APPROVED
                && !a.explanation().isBlank()), "every 2025 answer approved and explained");
        assertTrue(answers2025.stream().filter(a -> !a.evidence().isEmpty()).count() >= 10, "evidence attached");
        assertEquals("Perizinan Online (SiCantik)", answers2025.get(44).publicService());
        assertTrue(new id.tata.evaluation.service.EvidenceService(answers).check(admin, finished.id()).isEmpty());
        var statuses = answers.answers(admin, all.get(0).id()).stream().map(a -> a.status()).distinct().count();
        assertEquals(4, statuses, "the 2026 assessment has drafts, submitted, returned and approved answers");
        var scores = assessments.score(admin, finished.id());
        assertTrue(scores.self().complete() && scores.verified().complete(), "47 self and 47 verified levels");
        assertEquals(47, scores.self().levels().size());
        assertTrue(scores.verified().index().compareTo(scores.self().index()) <= 0,
                "the verifiers gave no level above the self-assessment in the sample");
        assertTrue(scores.self().shown().doubleValue() > 2 && scores.self().shown().doubleValue() < 4,
                "a plausible index: " + scores.self().shown());
    }

    /** The Tim Koordinasi and the Tim Asesor Internal, made from the Singkawang templates with Kota Contoh's people. */
    private static void sampleTeamsAreThere(Session admin) {
        TeamService teams = new TeamService();
        Team coordination = teams.firstOfKind(admin, TeamKind.COORDINATION).orElseThrow();
        assertEquals("Tim Koordinasi SPBE Kota Contoh", coordination.name());
        assertEquals("singkawang-2021-koordinasi", coordination.templateCode());
        assertTrue(coordination.legalBasis().contains("Singkawang Nomor 101 Tahun 2021"));
        List<TeamMemberView> members = teams.members(admin, coordination.id());
        assertEquals(12, members.size());
        TeamMemberView ketua = members.get(2);
        assertEquals(TeamRole.KETUA, ketua.role());
        assertEquals("Dr. H. Agus Santoso, S.H., M.Si.", ketua.personName());
        assertEquals("Sekretaris Daerah", ketua.positionName());
        assertEquals("Kepala Dinas Komunikasi dan Informatika", members.get(3).standing());
        assertEquals("Kepala Badan Perencanaan Pembangunan Daerah", members.get(6).standing());
        assertEquals(2, teams.tasks(admin, coordination.id()).size());

        Team assessors = teams.firstOfKind(admin, TeamKind.INTERNAL_ASSESSOR).orElseThrow();
        List<TeamMemberView> assessorMembers = teams.members(admin, assessors.id());
        assertEquals(List.of(TeamRole.SUPERVISOR, TeamRole.OPERATOR), assessorMembers.stream().limit(2)
                .map(TeamMemberView::role).toList());
        assertEquals(10, assessorMembers.stream().filter(m -> m.role() == TeamRole.ASESOR)
                .map(TeamMemberView::agencyName).distinct().count(), "ten asesor from ten agencies, as Pasal 55 lists");
        assertEquals(6, teams.tasks(admin, assessors.id()).size());
    }

    @Test
    void theCacheKeyFollowsTheTeamTemplatesAndTheRecipe() {
        assertTrue(SampleSources.FILES.containsAll(List.of("teams.csv", "team-members.csv")));
        assertEquals(SampleSources.digest(), SampleSources.digest());
        assertTrue(SampleSources.digest().matches("[0-9a-f]{12}"));
    }
}
