package id.tata.workspace;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;

import static id.tata.workspace.schema.Tables.APP_USER;
import static id.tata.workspace.schema.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceStoreTest {
    private static final char[] PASSWORD = "rahasia-123".toCharArray();

    @TempDir
    Path dir;

    private final WorkspaceStore store = new WorkspaceStore(3);
    private final UserService users = new UserService();

    @Test
    void createdWorkspaceIsRecognisedAndReopens() throws Exception {
        Path file = dir.resolve("kota.tata");
        try (Workspace ws = store.create(file)) {
            users.createFirstAdmin(ws, "admin", "Admin Kota", PASSWORD);
            assertFalse(ws.readOnly());
        }
        assertEquals(Migrations.LATEST_VERSION, WorkspaceInspector.inspect(file));
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("PRAGMA application_id")) {
            assertEquals(WorkspaceFile.APPLICATION_ID, rs.getInt(1));
        }
        try (Workspace ws = store.open(file, false)) {
            Session s = users.login(ws, "ADMIN", PASSWORD);
            assertEquals(Role.ADMIN, s.user().role());
            assertEquals((int) 1, (int) ws.read(dsl -> dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("app_user"))));
        }
    }

    @Test
    void randomFileIsRefusedAndUntouched() throws Exception {
        Path file = dir.resolve("acak.tata");
        byte[] junk = new byte[5000];
        new java.util.Random(7).nextBytes(junk);
        Files.write(file, junk);
        TataException e = assertThrows(TataException.class, () -> store.open(file, false));
        assertEquals("workspace.error.notSqlite", e.key());
        assertArrayEquals(junk, Files.readAllBytes(file));
        assertEquals(1, Files.list(dir).count(), "no lock, wal or backup left behind");
    }

    @Test
    void foreignSqliteFileIsRefusedAndUntouched() throws Exception {
        Path file = dir.resolve("lain.tata");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("CREATE TABLE t (x INTEGER)");
        }
        byte[] before = Files.readAllBytes(file);
        TataException e = assertThrows(TataException.class, () -> store.open(file, false));
        assertEquals("workspace.error.foreign", e.key());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void truncatedWorkspaceIsRefusedAndUntouched() throws Exception {
        Path file = dir.resolve("potong.tata");
        store.create(file).close();
        byte[] whole = Files.readAllBytes(file);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        Files.write(file, cut);
        TataException e = assertThrows(TataException.class, () -> store.open(file, false));
        assertEquals("workspace.error.damaged", e.key());
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertArrayEquals(cut, Files.readAllBytes(file));
    }

    @Test
    void corruptedPageIsFoundByQuickCheck() throws Exception {
        Path file = dir.resolve("rusak.tata");
        try (Workspace ws = store.create(file)) {
            users.createFirstAdmin(ws, "admin", "Admin", PASSWORD);
        }
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = Short.toUnsignedInt(ByteBuffer.wrap(bytes).getShort(16));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (long page = 1; page * pageSize < bytes.length; page++) {
                raf.seek(page * pageSize);
                raf.write(new byte[]{(byte) 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f});
            }
        }
        byte[] damaged = Files.readAllBytes(file);
        TataException e = assertThrows(TataException.class, () -> store.open(file, false));
        assertEquals("workspace.error.damaged", e.key());
        assertArrayEquals(damaged, Files.readAllBytes(file));
    }

    @Test
    void workspaceFromNewerTataIsRefusedAndUntouched() throws Exception {
        Path file = dir.resolve("baru.tata");
        store.create(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'x', 0, 1)");
        }
        byte[] before = Files.readAllBytes(file);
        TataException e = assertThrows(TataException.class, () -> store.open(file, false));
        assertEquals("workspace.error.newer", e.key());
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void secondWriterIsToldWhoHoldsItAndMayReadOnly() {
        Path file = dir.resolve("kunci.tata");
        try (Workspace first = store.create(file)) {
            users.createFirstAdmin(first, "admin", "Admin", PASSWORD);
            TataException e = assertThrows(TataException.class, () -> store.open(file, false));
            assertEquals("workspace.error.locked", e.key());
            assertTrue(String.valueOf(e.args()[1]).contains(System.getProperty("user.name")), e.args()[1].toString());
            try (Workspace second = store.open(file, true)) {
                assertTrue(second.readOnly());
                assertEquals((int) 1, (int) second.read(dsl -> dsl.fetchCount(APP_USER)));
                TataException w = assertThrows(TataException.class, () -> second.write("x", tx -> 1));
                assertEquals("workspace.error.readOnly", w.key());
            }
        }
        try (Workspace again = store.open(file, false)) {
            assertFalse(again.readOnly(), "the lock is released on close");
        }
    }

    @Test
    void failedTransactionLeavesNothing() {
        Path file = dir.resolve("tx.tata");
        try (Workspace ws = store.create(file)) {
            Session admin = users.createFirstAdmin(ws, "admin", "Admin", PASSWORD);
            int auditBefore = ws.read(dsl -> dsl.fetchCount(AUDIT_LOG));
            assertThrows(IllegalStateException.class, () -> ws.write("admin", tx -> {
                users.add(admin, "operator1", "Operator", Role.OPERATOR, PASSWORD);
                throw new IllegalStateException("boom");
            }));
            assertEquals((int) 1, (int) ws.read(dsl -> dsl.fetchCount(APP_USER)));
            assertEquals((int) auditBefore, (int) ws.read(dsl -> dsl.fetchCount(AUDIT_LOG)));
        }
    }

    @Test
    void auditLogIsAppendOnly() {
        Path file = dir.resolve("audit.tata");
        try (Workspace ws = store.create(file)) {
            users.createFirstAdmin(ws, "admin", "Admin", PASSWORD);
            assertThrows(RuntimeException.class, () -> ws.write("admin", tx ->
                    tx.dsl().deleteFrom(AUDIT_LOG).execute()));
            assertThrows(RuntimeException.class, () -> ws.write("admin", tx ->
                    tx.dsl().update(AUDIT_LOG).set(AUDIT_LOG.USERNAME, "other").execute()));
            String after = ws.read(dsl -> dsl.select(AUDIT_LOG.AFTER_JSON).from(AUDIT_LOG).fetchOne().value1());
            assertFalse(after.contains("pbkdf2"), "password hashes never reach the audit log: " + after);
        }
    }
}
