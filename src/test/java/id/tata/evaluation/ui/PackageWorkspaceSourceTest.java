package id.tata.evaluation.ui;

import id.tata.app.SampleWorkspace;
import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.task.TaskExecutor;
import id.tata.common.ui.DialogService;
import id.tata.common.ui.RecordingDialogs;
import id.tata.evaluation.exchange.service.PackageService;
import id.tata.shell.WorkspaceSource;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Berkas → Buka paket asesor…: the package becomes a workspace the shell then opens; a bad package opens nothing. */
class PackageWorkspaceSourceTest {
    @TempDir
    Path dir;

    @Test
    void aPackageBecomesAWorkspaceTheShellOpensAndABadOneNothing() throws Exception {
        Path kota = dir.resolve("kota.tata");
        Files.move(SampleWorkspace.freshCopy(), kota, StandardCopyOption.REPLACE_EXISTING);
        Path pkg = dir.resolve("paket.tatapaket");
        try (Workspace ws = new WorkspaceStore().open(kota, false)) {
            var supervisor = new UserService().login(ws, "supervisor", "supervisor123".toCharArray());
            PackageService.create().exportForAssessor(supervisor, 2, "operator", List.of(), pkg);
        }
        FakeHost host = new FakeHost();
        Path laptop = dir.resolve("asesor.tata");
        new PackageWorkspaceSource().open(host, pkg, laptop,
                new PackageWorkspaceSource.Account("operator", "rahasia-123".toCharArray()));
        assertEquals(List.of(laptop), host.opened);
        assertTrue(host.dialogs.infos.get(0).contains("Penilaian Mandiri PEMDI 2026"), host.dialogs.infos.toString());
        try (Workspace ws = new WorkspaceStore().open(laptop, false)) {
            assertEquals("operator", new UserService().login(ws, "operator", "rahasia-123".toCharArray()).user()
                    .username());
        }

        Path broken = Files.write(dir.resolve("rusak.tatapaket"), new byte[]{'P', 'K', 3, 4, 1, 2});
        Path other = dir.resolve("lain.tata");
        new PackageWorkspaceSource().open(host, broken, other,
                new PackageWorkspaceSource.Account("operator", "rahasia-123".toCharArray()));
        assertEquals(1, host.errors.size());
        assertEquals(1, host.opened.size(), "nothing more opened");
        assertFalse(Files.exists(other), "no workspace left behind");
    }

    /** The shell, as far as a source sees it. */
    private static final class FakeHost implements WorkspaceSource.Host {
        final List<Path> opened = new ArrayList<>();
        final RecordingDialogs dialogs = new RecordingDialogs();
        final List<Throwable> errors = new ArrayList<>();

        @Override
        public Window window() {
            return null;
        }

        @Override
        public I18n i18n() {
            return I18n.indonesian();
        }

        @Override
        public DialogService dialogs() {
            return dialogs;
        }

        @Override
        public TaskExecutor tasks() {
            return new SynchronousTaskExecutor();
        }

        @Override
        public void open(Path workspace) {
            opened.add(workspace);
        }

        @Override
        public void showError(String title, Throwable error) {
            errors.add(error);
        }
    }
}
