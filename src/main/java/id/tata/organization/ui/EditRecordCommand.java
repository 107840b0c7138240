package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;

/** Changes a record; undo writes back the values it had when the user opened the dialog. */
final class EditRecordCommand<T> implements UndoableCommand {
    private final RecordStore<T> store;
    private final T before;
    private final T after;
    private final String name;

    EditRecordCommand(RecordStore<T> store, T before, T after, String name) {
        this.store = store;
        this.before = before;
        this.after = after;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        store.update().accept(after);
    }

    @Override
    public void undo() {
        store.update().accept(before);
    }
}
