package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;

/**
 * Adds a record; undo deletes it, redo restores it with the id it got first, so later commands that refer to it
 * (a person given a new jabatan, say) still find it.
 */
final class AddRecordCommand<T> implements UndoableCommand {
    private final RecordStore<T> store;
    private final T draft;
    private final String name;
    private T created;

    AddRecordCommand(RecordStore<T> store, T draft, String name) {
        this.store = store;
        this.draft = draft;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        created = created == null ? store.create().apply(draft) : store.restore().apply(created);
    }

    @Override
    public void undo() {
        store.delete().accept(created);
    }
}
