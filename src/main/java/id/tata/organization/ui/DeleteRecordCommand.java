package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;

/**
 * Deletes a record (the service may refuse, e.g. a jabatan someone holds); undo restores it with the same id, so
 * whatever referred to it by id still does.
 */
final class DeleteRecordCommand<T> implements UndoableCommand {
    private final RecordStore<T> store;
    private final T record;
    private final String name;

    DeleteRecordCommand(RecordStore<T> store, T record, String name) {
        this.store = store;
        this.record = record;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        store.delete().accept(record);
    }

    @Override
    public void undo() {
        store.restore().apply(record);
    }
}
