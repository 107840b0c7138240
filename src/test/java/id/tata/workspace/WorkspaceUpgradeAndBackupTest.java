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
}
