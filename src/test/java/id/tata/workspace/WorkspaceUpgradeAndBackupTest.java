package id.tata.workspace;

import id.tata.workspace.user.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static id.tata.workspace.TestWorkspaces.PASSWORD;
import static id.tata.workspace.schema.Tables.APP_USER;
import static id.tata.workspace.schema.Tables.DOCUMENT_NUMBER_PATTERN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceUpgradeAndBackupTest {
    @TempDir
    Path dir;

    private final WorkspaceStore store = new WorkspaceStore(3);
    private final UserService users = new UserService();

    @Test
    void workspaceOfTheFirstMigrationIsBackedUpThenUpgradedKeepingItsData() throws Exception {
        Path file = dir.resolve("lama.tata");
        TestWorkspaces.firstVersionWorkspace(file);
        assertEquals(1, WorkspaceInspector.inspect(file));

        try (Workspace upgraded = store.open(file, false)) {
            assertEquals(1, upgraded.upgradedFrom());
            assertEquals("Admin Lama", users.login(upgraded, "admin", PASSWORD).user().fullName());
            assertEquals(4, (int) upgraded.read(dsl -> dsl.fetchCount(DOCUMENT_NUMBER_PATTERN)),
                    "later migrations ran, with their seed data");
        }
        assertEquals(Migrations.LATEST_VERSION, WorkspaceInspector.inspect(file));
        List<Path> backups = Backups.list(file);
        Path beforeUpgrade = backups.stream().filter(p -> p.toString().contains("before_upgrade")).findFirst()
                .orElseThrow();
        assertEquals(1, WorkspaceInspector.inspect(beforeUpgrade), "the backup keeps the old schema, openable");
    }

    /**
     * A workspace of the last released schema (3: organization) with an agency, a position and a decree number already
     * taken: after the upgrade to teams, documents, instruments and assessments its data is all there, the counter
     * goes on from where it was, and the new tables work.
     */
    @Test
    void workspaceOfTheOrganizationReleaseKeepsItsDataAndGainsTheNewTables() throws Exception {
        Path file = dir.resolve("rilis3.tata");
        new WorkspaceStore().createFile(file, 3);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO agency (id, code, name, short_name, kind, parent_id, address)"
                    + " VALUES (7, '2.16', 'Dinas Komunikasi dan Informatika', 'Diskominfo', 'SERVICE_OFFICE', NULL, '')");
            st.executeUpdate("INSERT INTO position (name, agency_id, echelon) VALUES ('Kepala Dinas', 7, 'II.b')");
            st.executeUpdate("INSERT INTO document_number_counter (document_type, year, last_number)"
                    + " VALUES ('DECREE', 2026, 41)");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var st = c.prepareStatement("INSERT INTO app_user (username, full_name, role, password_hash)"
                     + " VALUES ('admin', 'Admin Rilis 3', 'ADMIN', ?)")) {
            st.setString(1, id.tata.workspace.user.PasswordHasher.standard().hash(PASSWORD));
            st.executeUpdate();
        }
        try (Workspace upgraded = store.open(file, false)) {
            assertEquals(3, upgraded.upgradedFrom());
            var admin = users.login(upgraded, "admin", PASSWORD);
            assertEquals("Dinas Komunikasi dan Informatika",
                    new id.tata.organization.service.AgencyService().list(admin).get(0).name());
            assertEquals(1, new id.tata.organization.service.PositionService().list(admin).size());
            assertEquals("188.45/42/HK/2026", new id.tata.workspace.settings.SettingsService()
                    .previewNumber(admin, "DECREE", java.time.LocalDate.of(2026, 12, 1)), "the counter goes on");
            assertTrue(new id.tata.documents.register.RegisterService().list(admin).isEmpty());
            assertTrue(new id.tata.organization.service.TeamService().list(admin).isEmpty());
            var assessments = new id.tata.evaluation.service.AssessmentService(
                    new id.tata.evaluation.service.InstrumentService());
            assertEquals(2026, assessments.create(admin, "SPBE-2020", 2026).year());
        }
        assertEquals(Migrations.LATEST_VERSION, WorkspaceInspector.inspect(file));
        Path beforeUpgrade = Backups.list(file).stream().filter(p -> p.toString().contains("before_upgrade"))
                .findFirst().orElseThrow();
        assertEquals(3, WorkspaceInspector.inspect(beforeUpgrade), "the backup keeps the release-3 schema");
    }

    @Test
    void backupRestoreRoundTripAndPruning() {
        Path file = dir.resolve("kota.tata");
        Path manual;
        try (Workspace ws = store.create(file)) {
            Session admin = users.createFirstAdmin(ws, "admin", "Admin", PASSWORD);
            manual = Backups.backup(ws, BackupReason.MANUAL);
            users.add(admin, "analis", "Analis", id.tata.workspace.user.Role.ANALYST, PASSWORD);
            assertEquals(2, (int) ws.read(dsl -> dsl.fetchCount(APP_USER)));
        }
        try (Workspace backup = store.open(manual, true)) {
            assertEquals(1, (int) backup.read(dsl -> dsl.fetchCount(APP_USER)), "a backup is a whole workspace");
        }
        Path safety = store.restore(file, manual);
        try (Workspace restored = store.open(file, false)) {
            assertEquals(1, (int) restored.read(dsl -> dsl.fetchCount(APP_USER)));
        }
        try (Workspace previous = store.open(safety, true)) {
            assertEquals(2, (int) previous.read(dsl -> dsl.fetchCount(APP_USER)), "restore backed up the state it replaced");
        }
        for (int i = 0; i < 5; i++) {
            store.open(file, false).close();
        }
        assertEquals(3, Backups.list(file).size(), "only the newest N backups are kept");
        assertTrue(Backups.list(file).get(0).getFileName().toString().startsWith("kota-"));
    }

    @Test
    void openingABackupReadOnlyLeavesItByteForByte() throws Exception {
        Path file = dir.resolve("asal.tata");
        Path backup;
        try (Workspace ws = store.create(file)) {
            users.createFirstAdmin(ws, "admin", "Admin", PASSWORD);
            backup = Backups.backup(ws, BackupReason.MANUAL);
        }
        byte[] before = java.nio.file.Files.readAllBytes(backup);
        try (Workspace ro = store.open(backup, true)) {
            assertEquals(1, (int) ro.read(dsl -> dsl.fetchCount(APP_USER)));
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, java.nio.file.Files.readAllBytes(backup));
    }

    /**
     * A workspace of the documents release (schema 7) with an assessment and its levels: after the upgrade the levels
     * are there as draft answers with empty explanations, and the new work (explanations, evidence, review) is possible.
     */
    @Test
    void assessmentsOfTheDocumentsReleaseBecomeDraftAnswers() throws Exception {
        Path file = dir.resolve("rilis7.tata");
        new WorkspaceStore().createFile(file, 7);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO assessment (id, instrument_code, instrument_version, year, name, created_at,"
                    + " created_by) VALUES (1, 'SPBE-2020', 1, 2025, 'Penilaian Mandiri SPBE 2025', '2025-11-01', 'x')");
            st.executeUpdate("INSERT INTO assessment_answer (assessment_id, indicator_no, self_level, verified_level)"
                    + " VALUES (1, 1, 4, 3)");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var st = c.prepareStatement("INSERT INTO app_user (username, full_name, role, password_hash)"
                     + " VALUES ('admin', 'Admin Rilis 7', 'ADMIN', ?)")) {
            st.setString(1, id.tata.workspace.user.PasswordHasher.standard().hash(PASSWORD));
            st.executeUpdate();
        }
        try (Workspace upgraded = store.open(file, false)) {
            assertEquals(7, upgraded.upgradedFrom());
            var admin = users.login(upgraded, "admin", PASSWORD);
            var answers = new id.tata.evaluation.service.AnswerService(new id.tata.evaluation.service.AssessmentService(
                    new id.tata.evaluation.service.InstrumentService()));
            var first = answers.answer(admin, 1, 1);
            assertEquals(4, first.selfLevel());
            assertEquals(3, first.verifiedLevel());
            assertEquals(id.tata.evaluation.domain.AnswerStatus.DRAFT, first.status());
            assertEquals("", first.explanation());
            assertEquals("Perwal", answers.save(admin, 1, 1,
                    new id.tata.evaluation.domain.AnswerEdit(4, "Perwal", null, "")).explanation());
        }
        assertEquals(Migrations.LATEST_VERSION, WorkspaceInspector.inspect(file));
    }
}
