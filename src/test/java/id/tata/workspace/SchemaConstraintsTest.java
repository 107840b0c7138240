package id.tata.workspace;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static id.tata.workspace.schema.Tables.AGENCY;
import static id.tata.workspace.schema.Tables.APP_USER;
import static id.tata.workspace.schema.Tables.GOVERNMENT_PROFILE;
import static id.tata.workspace.schema.Tables.PERSON;
import static id.tata.workspace.schema.Tables.POSITION;
import static id.tata.workspace.schema.Tables.TEAM;
import static id.tata.workspace.schema.Tables.TEAM_MEMBER;
import static id.tata.workspace.schema.Tables.TEAM_TASK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema itself refuses bad data, whatever code writes it: CHECK, UNIQUE and FOREIGN KEY constraints. */
class SchemaConstraintsTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        ws = new WorkspaceStore().create(dir.resolve("skema.tata"));
        ws.write("uji", tx -> tx.dsl().insertInto(AGENCY, AGENCY.ID, AGENCY.CODE, AGENCY.NAME, AGENCY.KIND)
                .values(1L, "2.16", "Dinas Komunikasi dan Informatika", "SERVICE_OFFICE").execute());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void refused(String why, java.util.function.Function<Tx, Integer> write) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> ws.write("uji", write), why);
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        assertTrue(message.contains("constraint failed"), why + ": refused by the schema, not otherwise: " + message);
    }

    @Test
    void foreignKeysAreEnforced() {
        refused("parent must exist", tx -> tx.dsl().insertInto(AGENCY, AGENCY.CODE, AGENCY.NAME, AGENCY.KIND,
                AGENCY.PARENT_ID).values("9.1", "X", "BOARD", 99L).execute());
        refused("person's agency must exist", tx -> tx.dsl().insertInto(PERSON, PERSON.NAME, PERSON.AGENCY_ID)
                .values("Budi", 42L).execute());
        ws.write("uji", tx -> tx.dsl().insertInto(POSITION, POSITION.ID, POSITION.NAME, POSITION.AGENCY_ID)
                .values(5L, "Kepala Dinas", 1L).execute());
        refused("an agency with positions cannot be deleted", tx -> tx.dsl().deleteFrom(AGENCY)
                .where(AGENCY.ID.eq(1L)).execute());
        assertEquals(1, (int) ws.read(dsl -> dsl.fetchCount(AGENCY)));
    }

    @Test
    void checksAndUniquenessAreEnforced() {
        refused("unknown kind", tx -> tx.dsl().insertInto(AGENCY, AGENCY.CODE, AGENCY.NAME, AGENCY.KIND)
                .values("9.2", "X", "KANTOR_POS").execute());
        refused("codes are unique regardless of case", tx -> tx.dsl().insertInto(AGENCY, AGENCY.CODE, AGENCY.NAME,
                AGENCY.KIND).values("2.16", "Lagi", "BOARD").execute());
        refused("blank code", tx -> tx.dsl().insertInto(AGENCY, AGENCY.CODE, AGENCY.NAME, AGENCY.KIND)
                .values("  ", "X", "BOARD").execute());
        refused("an agency is not its own parent", tx -> tx.dsl().update(AGENCY).set(AGENCY.PARENT_ID, 1L)
                .where(AGENCY.ID.eq(1L)).execute());
        refused("NIP of 18 digits only", tx -> tx.dsl().insertInto(PERSON, PERSON.NAME, PERSON.NIP)
                .values("Budi", "19800101200501100X").execute());
        refused("unknown role", tx -> tx.dsl().insertInto(APP_USER, APP_USER.USERNAME, APP_USER.FULL_NAME,
                APP_USER.ROLE, APP_USER.PASSWORD_HASH).values("x", "X", "ROOT", "h").execute());
        refused("user names are unique regardless of case", tx -> tx.dsl().insertInto(APP_USER, APP_USER.USERNAME,
                APP_USER.FULL_NAME, APP_USER.ROLE, APP_USER.PASSWORD_HASH)
                .values("Admin", "A", "ADMIN", "h").values("admin", "B", "ADMIN", "h").execute());
        refused("one profile row only", tx -> tx.dsl().insertInto(GOVERNMENT_PROFILE, GOVERNMENT_PROFILE.ID)
                .values(2L).execute());
        refused("paper is A4 or F4", tx -> tx.dsl().update(GOVERNMENT_PROFILE)
                .set(GOVERNMENT_PROFILE.PAPER_PROFILE, "LETTER").execute());
        assertEquals(0, (int) ws.read(dsl -> dsl.fetchCount(APP_USER)), "the failed multi-row insert left nothing");
    }

    @Test
    void teamsRefuseEmptyMembersAndKeepTheirPositions() {
        ws.write("uji", tx -> tx.dsl().insertInto(POSITION, POSITION.ID, POSITION.NAME, POSITION.AGENCY_ID)
                .values(5L, "Kepala Dinas", 1L).execute());
        ws.write("uji", tx -> tx.dsl().insertInto(TEAM, TEAM.ID, TEAM.KIND, TEAM.NAME, TEAM.PERIOD_START_YEAR)
                .values(1L, "COORDINATION", "Tim Koordinasi SPBE", 2026).execute());
        refused("unknown team kind", tx -> tx.dsl().insertInto(TEAM, TEAM.KIND, TEAM.NAME, TEAM.PERIOD_START_YEAR)
                .values("PANITIA", "Panitia", 2026).execute());
        refused("a term cannot end before it starts", tx -> tx.dsl().insertInto(TEAM, TEAM.KIND, TEAM.NAME,
                TEAM.PERIOD_START_YEAR, TEAM.PERIOD_END_YEAR).values("OTHER", "Tim", 2026, 2025).execute());
        refused("a member is a position, a person or a description", tx -> tx.dsl().insertInto(TEAM_MEMBER,
                TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.SORT_ORDER, TEAM_MEMBER.ROLE, TEAM_MEMBER.TITLE)
                .values(1L, 0, "ANGGOTA", "  ").execute());
        ws.write("uji", tx -> tx.dsl().insertInto(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.SORT_ORDER,
                TEAM_MEMBER.ROLE, TEAM_MEMBER.POSITION_ID).values(1L, 0, "KETUA", 5L).execute());
        ws.write("uji", tx -> tx.dsl().insertInto(TEAM_TASK, TEAM_TASK.TEAM_ID, TEAM_TASK.SORT_ORDER, TEAM_TASK.TEXT)
                .values(1L, 0, "mengoordinasikan SPBE").execute());
        refused("a position in a team cannot be deleted", tx -> tx.dsl().deleteFrom(POSITION)
                .where(POSITION.ID.eq(5L)).execute());
        ws.write("uji", tx -> tx.dsl().deleteFrom(TEAM).where(TEAM.ID.eq(1L)).execute());
        assertEquals(0, (int) ws.read(dsl -> dsl.fetchCount(TEAM_MEMBER) + dsl.fetchCount(TEAM_TASK)),
                "members and tasks go with their team");
    }
}
