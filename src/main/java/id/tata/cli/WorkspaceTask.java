package id.tata.cli;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.UserService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** Base of every command that works on a workspace as a logged-in user. */
abstract class WorkspaceTask implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    TataCli root() {
        return (TataCli) spec.root().userObject();
    }

    I18n i18n() {
        return I18n.forLanguage(common.lang);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    String text(String key, Object... args) {
        return i18n().text(key, args);
    }

    WorkspaceStore store() {
        return new WorkspaceStore(CliPreferences.backupsKept());
    }

    /** Opens the workspace, logs in as --user and runs the work; the workspace is closed afterwards. */
    <T> T withSession(Function<Session, T> work) {
        if (common.user == null || common.user.isBlank()) {
            throw new TataException(ErrorKind.BAD_INPUT, "cli.error.userRequired");
        }
        try (Workspace ws = store().open(common.workspace(), common.readOnly)) {
            Session session = new UserService().login(ws, common.user, root().passwords().read(
                    text("cli.prompt.password", common.user)));
            return work.apply(session);
        }
    }

    /** A new password for the account, from TATA_NEW_PASSWORD or typed twice at the terminal. */
    char[] newPassword(String username) {
        return root().passwords().readNew(text("cli.prompt.newPassword", username),
                text("cli.prompt.repeatPassword", username));
    }

    /** Prints either the JSON form or the human form of a result. */
    void print(Object json, String human) {
        out().println(common.json ? Json.write(json) : human);
    }
}
