package id.tata.shell;

import id.tata.common.undo.CommandStack;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;

/** The workspace the window works on, who is logged in, and its undo history (one per workspace). */
record OpenWorkspace(Workspace workspace, Session session, CommandStack commands) {
    OpenWorkspace(Session session) {
        this(session.workspace(), session, new CommandStack());
    }
}
