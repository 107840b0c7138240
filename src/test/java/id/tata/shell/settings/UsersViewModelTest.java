package id.tata.shell.settings;

import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.task.TaskExecutor;
import id.tata.common.task.TaskHandle;
import id.tata.workspace.Session;
import id.tata.workspace.TestWorkspaces;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.User;
import id.tata.workspace.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsersViewModelTest {
    @TempDir
    Path dir;

    private final UserService service = new UserService();
    /** Counts what reaches the background, so a test can tell a form check from a service refusal. */
    private final CountingExecutor tasks = new CountingExecutor();
    private Session admin;
    private UsersViewModel model;

    private static final class CountingExecutor implements TaskExecutor {
        private final SynchronousTaskExecutor inner = new SynchronousTaskExecutor();
        int executed;

        @Override
        public <T> TaskHandle execute(BackgroundTask<T> task) {
            executed++;
            return inner.execute(task);
        }

        @Override
        public void shutdown() {
            inner.shutdown();
        }
    }

    @BeforeEach
    void open() {
        admin = TestWorkspaces.newAdminSession(dir);
        model = new UsersViewModel(service, admin, tasks, I18n.indonesian());
        model.reload();
    }

    @AfterEach
    void close() {
        admin.workspace().close();
    }

    private UserForm newUser(String username, String password, String confirmation) {
        UserForm form = model.newForm();
        form.username().set(username);
        form.fullName().set("Dewi Lestari");
        form.role().set(Role.ANALYST);
        form.password().set(password);
        form.confirmation().set(confirmation);
        return form;
    }

    @Test
    void mismatchedPasswordsAreRefusedBeforeTheService() {
        int before = tasks.executed;
        UserForm form = newUser("dewi", "rahasia-123", "rahasia-124");
        model.save(form, () -> { throw new AssertionError("must not close"); });

        assertEquals("Kedua kata sandi tidak sama.", form.confirmationError().get());
        assertEquals(before, tasks.executed, "nothing was sent to the service");
        assertEquals(1, service.list(admin).size());
    }

    @Test
    void anAccountIsAddedWithItsRoleAndTheServiceMessagesLandOnTheirFields() {
        UserForm bad = newUser("Dewi Lestari", "rahasia-123", "rahasia-123");
        model.save(bad, () -> { throw new AssertionError("must not close"); });
        assertTrue(bad.usernameError().get().startsWith("Nama pengguna \"Dewi Lestari\" tidak sah"),
                bad.usernameError().get());

        UserForm good = newUser("dewi", "rahasia-123", "rahasia-123");
        boolean[] closed = {false};
        model.save(good, () -> closed[0] = true);
        assertTrue(closed[0]);
        assertEquals("", good.password().get(), "the password is not kept after use");
        assertEquals("Pengguna dewi ditambahkan.", model.status().get());
        User dewi = model.users().stream().filter(u -> u.username().equals("dewi")).findFirst().orElseThrow();
        assertEquals("Analis", model.roleLabel(dewi.role()));

        UserForm again = newUser("dewi", "rahasia-123", "rahasia-123");
        model.save(again, () -> { });
        assertEquals("Nama pengguna dewi sudah dipakai.", again.usernameError().get());
    }

    @Test
    void deactivationIsNoticedAndTheLastAdminCannotBeDemoted() {
        User self = model.users().get(0);
        UserForm form = model.editForm(self);
        form.active().set(false);
        assertTrue(form.deactivates(), "the view asks for confirmation first");
        model.save(form, () -> { throw new AssertionError("must not close"); });
        assertEquals("Admin aktif terakhir tidak dapat dinonaktifkan atau diturunkan perannya.",
                form.generalError().get());
        assertTrue(service.list(admin).get(0).active());
    }

    @Test
    void aPasswordResetNeedsEightCharactersTypedTwice() {
        TestWorkspaces.sessionAs(admin, Role.OPERATOR);
        model.reload();
        User operator = model.users().stream().filter(u -> u.role() == Role.OPERATOR).findFirst().orElseThrow();
        UserForm form = model.passwordForm(operator);
        form.password().set("pendek");
        form.confirmation().set("pendek");
        model.resetPassword(form, () -> { throw new AssertionError("must not close"); });
        assertEquals("Kata sandi minimal 8 karakter.", form.passwordError().get());

        form.password().set("baru-sekali-1");
        form.confirmation().set("baru-sekali-1");
        model.resetPassword(form, () -> { });
        assertEquals("Kata sandi operator diganti.", model.status().get());
        service.login(admin.workspace(), "operator", "baru-sekali-1".toCharArray());
    }

    @Test
    void anOperatorDoesNotGetThePenggunaModule() {
        Session operator = TestWorkspaces.sessionAs(admin, Role.OPERATOR);
        UsersModule module = new UsersModule(service);
        assertFalse(operator.can(module.requiredPermission()));
        assertTrue(admin.can(module.requiredPermission()));
        assertTrue(operator.can(new SettingsModule(null).requiredPermission()), "Profil & Dokumen is for everyone");
    }
}
