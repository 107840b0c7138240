package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.organization.OrgFixture;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamDetail;
import id.tata.organization.domain.TeamKind;
import id.tata.organization.domain.TeamMember;
import id.tata.organization.domain.TeamMemberView;
import id.tata.organization.domain.TeamRole;
import id.tata.organization.domain.TeamTask;
import id.tata.workspace.Session;
import id.tata.workspace.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static id.tata.organization.OrgFixture.draft;
import static id.tata.workspace.schema.Tables.AUDIT_LOG;
import static id.tata.workspace.schema.Tables.TEAM_MEMBER;
import static id.tata.workspace.schema.Tables.TEAM_TASK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamServiceTest {
    @TempDir
    Path dir;
    private OrgFixture fx;
    private final TeamService teams = new TeamService();
    private final PositionService positions = new PositionService();
    private final PersonService people = new PersonService();
    private Position sekda;
    private Position kadisKominfo;
    private Person bayu;

    @BeforeEach
    void open() {
        fx = new OrgFixture(dir);
        AgencyService agencies = new AgencyService();
        Agency setda = agencies.create(fx.admin, draft("4.01", "Sekretariat Daerah Kota Contoh",
                AgencyKind.SECRETARIAT, null));
        Agency kominfo = agencies.create(fx.admin, new Agency(null, "2.16", "Dinas Komunikasi dan Informatika",
                "Diskominfo", AgencyKind.SERVICE_OFFICE, null, ""));
        Agency dinkes = agencies.create(fx.admin, draft("1.02", "Dinas Kesehatan", AgencyKind.SERVICE_OFFICE, null));
        sekda = positions.create(fx.admin, new Position(null, "Sekretaris Daerah", setda.id(), "II.a"));
        kadisKominfo = positions.create(fx.admin, new Position(null, "Kepala Dinas", kominfo.id(), "II.b"));
        positions.create(fx.admin, new Position(null, "Kepala Dinas", dinkes.id(), "II.b"));
        bayu = people.create(fx.admin, new Person(null, "197410091998061011", "Dr.", "Bayu Ramadhan", "S.Kom., M.T.",
                "Pembina Utama Muda (IV/c)", kadisKominfo.id(), kominfo.id(), "", ""));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static Team team(TeamKind kind, String name, int start) {
        return new Team(null, kind, name, "", start, null, "Peraturan Wali Kota Contoh, Pasal 1", null);
    }

    private TeamDetail coordination() {
        return teams.create(fx.admin, new TeamDetail(team(TeamKind.COORDINATION, "Tim Koordinasi SPBE", 2026),
                List.of(new TeamMember(null, TeamRole.KETUA, sekda.id(), null, "Sekretaris Daerah"),
                        new TeamMember(null, TeamRole.KOORDINATOR, kadisKominfo.id(), bayu.id(), ""),
                        TeamMember.described(TeamRole.ANGGOTA, "Kelompok Kerja bidang layanan")),
                List.of(TeamTask.of("mengarahkan pelaksanaan SPBE"), TeamTask.of("melakukan koordinasi"))));
    }

    private int auditRows() {
        return fx.workspace.read(dsl -> dsl.fetchCount(AUDIT_LOG));
    }

    @Test
    void teamsAreListedNewestFirstAndFoundByKind() {
        teams.create(fx.admin, team(TeamKind.INTERNAL_ASSESSOR, "Tim Asesor Internal 2024", 2024));
        Team newer = teams.create(fx.admin, team(TeamKind.INTERNAL_ASSESSOR, "Tim Asesor Internal 2026", 2026));
        Team coordination = coordination().team();
        assertEquals(List.of("Tim Asesor Internal 2026", "Tim Koordinasi SPBE", "Tim Asesor Internal 2024"),
                teams.list(fx.admin).stream().map(Team::name).toList());
        assertEquals(newer, teams.firstOfKind(fx.admin, TeamKind.INTERNAL_ASSESSOR).orElseThrow());
        assertEquals(coordination, teams.firstOfKind(fx.admin, TeamKind.COORDINATION).orElseThrow());
        assertTrue(teams.firstOfKind(fx.admin, TeamKind.OTHER).isEmpty());
        assertEquals(coordination, teams.find(fx.admin, coordination.id()).orElseThrow());
    }

    @Test
    void memberViewsResolveNamesAsADecreePrintsThem() {
        TeamDetail created = coordination();
        List<TeamMemberView> views = teams.members(fx.admin, created.team().id());
        assertEquals(List.of(1, 2, 3), views.stream().map(TeamMemberView::order).toList());
        assertEquals(List.of(TeamRole.KETUA, TeamRole.KOORDINATOR, TeamRole.ANGGOTA),
                views.stream().map(TeamMemberView::role).toList());
        TeamMemberView ketua = views.get(0);
        assertEquals("Sekretaris Daerah", ketua.positionName());
        assertEquals("Sekretariat Daerah Kota Contoh", ketua.agencyName());
        assertEquals("", ketua.personName());
        assertEquals("Sekretaris Daerah", ketua.standing(), "the decree's wording wins over the composed name");
        TeamMemberView koordinator = views.get(1);
        assertEquals("Dr. Bayu Ramadhan, S.Kom., M.T.", koordinator.personName());
        assertEquals("19741009 199806 1 011", koordinator.nip());
        assertEquals("Dinas Komunikasi dan Informatika", koordinator.agencyName());
        assertEquals("Kepala Dinas Komunikasi dan Informatika", koordinator.standing());
        assertEquals("Kelompok Kerja bidang layanan", views.get(2).standing());
        assertEquals("", views.get(2).positionName());
        assertEquals(List.of("mengarahkan pelaksanaan SPBE", "melakukan koordinasi"),
                teams.tasks(fx.admin, created.team().id()).stream().map(TeamTask::text).toList());
    }

    @Test
    void movingAMemberWritesOnlyTheTwoOrdersThatChanged() {
        TeamDetail created = coordination();
        long id = created.team().id();
        List<TeamMember> before = created.members();
        int audited = auditRows();
        List<TeamMember> moved = teams.replaceMembers(fx.admin, id, List.of(before.get(1), before.get(0),
                before.get(2)));
        assertEquals(List.of(before.get(1), before.get(0), before.get(2)), moved, "same members, same ids");
        assertEquals(audited + 2, auditRows(), "two sort orders changed, two audited updates");
        assertEquals(TeamRole.KOORDINATOR, teams.members(fx.admin, id).get(0).role());
        assertEquals(moved, teams.detail(fx.admin, id).orElseThrow().members());
    }

    @Test
    void aRemovedMemberOrTaskComesBackUnderItsIdOnUndo() {
        TeamDetail created = coordination();
        long id = created.team().id();
        teams.replaceMembers(fx.admin, id, created.members().subList(0, 2));
        teams.replaceTasks(fx.admin, id, List.of(created.tasks().get(1), TeamTask.of("tugas baru")));
        assertEquals(2, teams.members(fx.admin, id).size());
        assertEquals(created.members(), teams.replaceMembers(fx.admin, id, created.members()));
        assertEquals(created.tasks(), teams.replaceTasks(fx.admin, id, created.tasks()));
        assertEquals(2, (int) fx.workspace.read(dsl -> dsl.fetchCount(TEAM_TASK)), "the added task went again");
    }

    @Test
    void deleteTakesMembersAndTasksAlongAuditedAndRestoreBringsAllBack() {
        TeamDetail created = coordination();
        long id = created.team().id();
        teams.delete(fx.admin, id);
        assertTrue(teams.find(fx.admin, id).isEmpty());
        assertEquals(0, (int) fx.workspace.read(dsl -> dsl.fetchCount(TEAM_MEMBER) + dsl.fetchCount(TEAM_TASK)));
        int deletes = fx.workspace.read(dsl -> dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("DELETE")));
        assertEquals(1 + 3 + 2, deletes, "the team, its three members and two tasks");
        assertEquals(created, teams.restore(fx.admin, created));
        TataException again = assertThrows(TataException.class, () -> teams.restore(fx.admin, created));
        assertEquals("team.error.stillExists", again.key());
    }

    @Test
    void positionsAndPeopleInATeamCannotBeDeletedAndTheMessageNamesTheTeam() {
        coordination();
        TataException position = assertThrows(TataException.class, () -> positions.delete(fx.admin, sekda.id()));
        assertEquals(ErrorKind.REFUSED, position.kind());
        assertEquals("position.error.inTeam", position.key());
        assertTrue(position.getMessage().contains("Tim Koordinasi SPBE"), position.getMessage());
        TataException person = assertThrows(TataException.class, () -> people.delete(fx.admin, bayu.id()));
        assertEquals("person.error.inTeam", person.key());
        assertEquals("Pegawai Dr. Bayu Ramadhan, S.Kom., M.T. tidak dapat dihapus karena masih menjadi anggota Tim "
                + "Koordinasi SPBE. Ubah susunan tim tersebut lebih dulu.", person.getMessage());
    }

    @Test
    void membersMustNameAPositionAPersonOrADescription() {
        TataException empty = assertThrows(TataException.class, () ->
                new TeamMember(null, TeamRole.ANGGOTA, null, null, "  "));
        assertEquals("team.error.memberEmpty", empty.key());
        long id = coordination().team().id();
        TataException unknown = assertThrows(TataException.class, () -> teams.replaceMembers(fx.admin, id,
                List.of(new TeamMember(null, TeamRole.ANGGOTA, 9999L, null, ""))));
        assertEquals("team.error.positionNotFound", unknown.key());
        assertEquals(3, teams.members(fx.admin, id).size(), "nothing written");
        TataException reversed = assertThrows(TataException.class, () -> new Team(null, TeamKind.OTHER, "Tim", "",
                2026, 2025, "", null));
        assertEquals("team.error.periodReversed", reversed.key());
        assertEquals("Masa tugas tidak dapat berakhir (2025) sebelum dimulai (2026).", reversed.getMessage());
    }

    @Test
    void readersMayReadButNotChange() {
        Team created = coordination().team();
        Session operator = fx.userWith(Role.OPERATOR);
        assertEquals(3, teams.members(operator, created.id()).size());
        TataException e = assertThrows(TataException.class, () -> teams.update(operator,
                new Team(created.id(), created.kind(), "Tim Lain", "", 2026, null, "", null)));
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertThrows(TataException.class, () -> teams.delete(operator, created.id()));
        assertThrows(TataException.class, () -> teams.createFromTemplate(operator, "madiun-2021-koordinasi", 2026));
    }

    @Test
    void aTemplateMatchesDescriptionsToPositionsAndKeepsTheRestAsText() {
        TeamDetail made = teams.createFromTemplate(fx.admin, "madiun-2021-koordinasi", 2026);
        assertEquals("madiun-2021-koordinasi", made.team().templateCode());
        assertTrue(made.team().legalBasis().endsWith("Pasal 44"));
        assertEquals(2026, made.team().periodStartYear());
        List<TeamMember> members = made.members();
        assertEquals(sekda.id(), members.get(0).positionId(), "Sekretaris Daerah");
        assertEquals(null, members.get(1).positionId(), "no Asisten in this workspace");
        assertEquals("Asisten Administrasi Pembangunan dan Kesejahteraan Rakyat", members.get(1).title());
        assertEquals(kadisKominfo.id(), members.get(2).positionId(), "the Kepala Dinas of that Dinas, not Dinkes'");
        assertEquals("Kepala Dinas Komunikasi dan Informatika", members.get(2).title());
        assertEquals(2, made.tasks().size());
        assertEquals(made, teams.detail(fx.admin, made.team().id()).orElseThrow());
        TataException unknown = assertThrows(TataException.class, () ->
                teams.createFromTemplate(fx.admin, "tidak-ada", 2026));
        assertEquals(ErrorKind.NOT_FOUND, unknown.kind());
    }

    @Test
    void anAmbiguousDescriptionMatchesNoPosition() {
        Agency lain = new AgencyService().create(fx.admin, draft("9.01", "Badan Lain", AgencyKind.BOARD, null));
        positions.create(fx.admin, new Position(null, "Sekretaris Daerah", lain.id(), ""));
        TeamDetail draftTeam = teams.draftFromTemplate(fx.admin, "batubara-2021-koordinasi", 2026);
        assertEquals(null, draftTeam.members().get(0).positionId(), "two Sekretaris Daerah: no guess");
        assertEquals(null, draftTeam.team().id(), "a draft is not stored");
        assertTrue(teams.list(fx.admin).isEmpty());
    }
}
