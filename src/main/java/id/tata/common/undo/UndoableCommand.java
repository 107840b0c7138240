package id.tata.common.undo;

/**
 * One user edit that can be taken back. A command captures the before-state when it is created or first executed,
 * so undo restores exactly what the user saw, not a re-read that may include someone else's later change.
 */
public interface UndoableCommand {
    /** The action as the user would name it, shown in menus: "Tambah Perangkat Daerah". */
    String name();

    void execute();

    void undo();

    /** Doing it again after an undo; override when the second time differs (e.g. reuse the id given first). */
    default void redo() {
        execute();
    }

    /**
     * A command that writes one value and, on undo, writes back the one before — enough for settings-like edits
     * (a profile, a pattern, an image) where no id is created.
     */
    static UndoableCommand of(String name, Runnable execute, Runnable undo) {
        return new UndoableCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void execute() {
                execute.run();
            }

            @Override
            public void undo() {
                undo.run();
            }
        };
    }
}
