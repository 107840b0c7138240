package id.tata.shell;

import id.tata.common.l10n.I18n;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;

import java.nio.file.Path;
import java.util.List;

/**
 * What the shell needs from the composition root. An interface here, implemented by {@code app.AppContext}, so the
 * dependency runs app → shell only and the package graph has no cycle.
 */
public interface ShellContext {
    Preferences preferences();

    /** Every background task of the window goes through this list, so the user sees it and can cancel it. */
    TaskList tasks();

    UserService users();

    WorkspaceStore workspaceStore();

    /** Makes a fresh copy of the sample workspace; may be slow, call it off the FX thread. */
    Path freshSampleWorkspace();

    /** The sidebar entries after Beranda, in order. */
    List<Module> modules();

    I18n i18n();

    /** Other ways to get a workspace, offered in the Berkas menu (none unless a feature adds one). */
    default List<WorkspaceSource> workspaceSources() {
        return List.of();
    }

    /** Switches the language of everything built from now on; the shell rebuilds what is on screen. */
    void language(String tag);
}
