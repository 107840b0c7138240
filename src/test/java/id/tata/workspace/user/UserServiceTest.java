package id.tata.workspace.user;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.workspace.Session;
import id.tata.workspace.TestWorkspaces;
import id.tata.workspace.schema.tables.records.AppUserRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static id.tata.workspace.TestWorkspaces.PASSWORD;
import static id.tata.workspace.schema.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserServiceTest {
    @TempDir
    Path dir;

    private final UserService users = new UserService();
    private Session admin;

    @BeforeEach
    void setUp() {
        admin = TestWorkspaces.newAdminSession(dir);
    }

    @AfterEach
    void tearDown() {
        admin.workspace().close();
    }

    @Test
    void operatorCannotManageUsers() {
        Session operator = TestWorkspaces.sessionAs(admin, Role.OPERATOR);
        TataException e = assertThrows(TataException.class,
                () -> users.add(operator, "baru", "Baru", Role.ADMIN, PASSWORD));
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertEquals("error.forbidden", e.key());
        assertEquals("Pengguna operator (peran Operator) tidak berwenang mengelola akun pengguna.", e.getMessage());
        assertEquals("User operator (role Operator) is not allowed to manage user accounts.",
                e.message(id.tata.common.l10n.I18n.english()));
        assertThrows(TataException.class, () -> users.changePassword(operator, "admin", "lain-lain-1".toCharArray()));
        users.changePassword(operator, "operator", "sandi-baru-1".toCharArray());
        assertEquals("operator", users.login(admin.workspace(), "operator", "sandi-baru-1".toCharArray()).user().username());
    }

    @Test
    void auditLogNamesTheUser() {
        users.add(admin, "sekretariat", "Sekretariat", Role.SECRETARIAT, PASSWORD);
        String who = admin.workspace().read(dsl -> dsl.select(AUDIT_LOG.USERNAME).from(AUDIT_LOG)
                .where(AUDIT_LOG.AFTER_JSON.contains("sekretariat")).fetchOne().value1());
        assertEquals("admin", who);
    }

    @Test
    void repeatedFailuresSlowDownLogin() {
        for (int i = 0; i < UserService.FREE_ATTEMPTS; i++) {
            TataException e = assertThrows(TataException.class,
                    () -> users.login(admin.workspace(), "admin", "salah-salah".toCharArray()));
            assertEquals("user.error.badLogin", e.key());
        }
        TataException wait = assertThrows(TataException.class,
                () -> users.login(admin.workspace(), "admin", PASSWORD));
        assertEquals("user.error.wait", wait.key(), "even the right password must wait after repeated failures");
    }

    @Test
    void waitDoublesAndIsCapped() {
        AppUserRecord r = new AppUserRecord();
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        r.setLastFailedAt(now.toString());
        r.setFailedAttempts(2);
        assertEquals(Duration.ZERO, UserService.remainingWait(r, now));
        r.setFailedAttempts(4);
        assertEquals(Duration.ofSeconds(2), UserService.remainingWait(r, now));
        r.setFailedAttempts(40);
        assertEquals(UserService.MAX_DELAY, UserService.remainingWait(r, now));
        assertEquals(Duration.ZERO, UserService.remainingWait(r, now.plus(UserService.MAX_DELAY)));
    }

    @Test
    void lastAdminCannotBeDemotedAndBadInputIsNamed() {
        TataException e = assertThrows(TataException.class,
                () -> users.update(admin, "admin", "Admin", Role.ANALYST, true));
        assertEquals("user.error.lastAdmin", e.key());
        assertEquals("user.error.passwordShort", assertThrows(TataException.class,
                () -> users.add(admin, "pendek", "P", Role.ANALYST, "123".toCharArray())).key());
        assertEquals("user.error.username", assertThrows(TataException.class,
                () -> users.add(admin, "Nama Spasi", "P", Role.ANALYST, PASSWORD)).key());
        users.add(admin, "analis", "Analis", Role.ANALYST, PASSWORD);
        assertEquals("user.error.duplicate", assertThrows(TataException.class,
                () -> users.add(admin, "ANALIS", "Lagi", Role.ANALYST, PASSWORD)).key());
    }

    @Test
    void hashesAreSaltedAndVerifiable() {
        PasswordHasher hasher = new PasswordHasher(1000);
        String a = hasher.hash(PASSWORD);
        String b = hasher.hash(PASSWORD);
        assertTrue(a.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(!a.equals(b), "each hash has its own salt");
        assertTrue(hasher.verify(PASSWORD, a));
        assertTrue(!hasher.verify("lain".toCharArray(), a));
        assertEquals(210_000, PasswordHasher.DEFAULT_ITERATIONS);
    }
}
