package id.tata.shell;

import javafx.scene.Node;

/** What a module shows in the content area. */
public interface ModuleView {
    Node node();

    /** Reload after the data changed behind the view's back (undo, redo from the menu). */
    default void refresh() {
    }
}
