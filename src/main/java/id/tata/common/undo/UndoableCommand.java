// STAND-IN: replaced by the common branch
package id.tata.common.undo;

/** One user edit that can be taken back: it captures what it needs to restore the state before it. */
public interface UndoableCommand {
    /** What the user did, in the user's language ("Tambah Perangkat Daerah"). */
    String name();

    void execute();

    void undo();

    default void redo() {
        execute();
    }
}
