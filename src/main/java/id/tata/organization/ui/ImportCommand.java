package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.importing.ImportPreview;
import id.tata.importing.ImportResult;
import id.tata.workspace.Session;

/**
 * A whole import as one undo step. The first execute writes the preview and remembers what changed; undo restores
 * the before-state (created records go, changed ones get their old values); redo writes the same records again
 * under the same ids, so later edits that refer to them still fit.
 */
final class ImportCommand implements UndoableCommand {
    private final ImportTarget target;
    private final Session session;
    private final ImportPreview<?> preview;
    private final String name;
    private AppliedImport applied;

    ImportCommand(ImportTarget target, Session session, ImportPreview<?> preview, String name) {
        this.target = target;
        this.session = session;
        this.preview = preview;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        if (applied == null) {
            applied = target.apply(session, preview);
        } else {
            applied.redo();
        }
    }

    @Override
    public void undo() {
        applied.undo();
    }

    /** What the first execute wrote; null before it ran. */
    ImportResult result() {
        return applied == null ? null : applied.result();
    }
}
