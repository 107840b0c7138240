package id.tata.shell;

import id.tata.common.l10n.I18n;
import id.tata.common.task.TaskExecutor;
import id.tata.common.ui.DialogService;
import id.tata.common.undo.CommandStack;
import id.tata.workspace.Session;

/** What a module view gets from the shell: the logged-in session and the shared services of the window. */
public record ModuleContext(Session session, TaskExecutor tasks, CommandStack commands, I18n i18n,
                            DialogService dialogs) {
    /** Edits are possible only with the permission and a workspace opened for writing; services refuse too. */
    public boolean canWrite(id.tata.workspace.user.Permission permission) {
        return session.can(permission) && !session.workspace().readOnly();
    }
}
