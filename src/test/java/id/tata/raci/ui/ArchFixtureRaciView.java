package id.tata.raci.ui;

import javafx.scene.control.Label;

/** Architecture-rule fixture: a view, allowed to use the scene graph. */
public class ArchFixtureRaciView {
    public Label title() {
        return new Label("RACI");
    }
}
