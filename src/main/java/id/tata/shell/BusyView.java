package id.tata.shell;

import javafx.scene.Parent;
import javafx.scene.control.ProgressIndicator;

/** Shown while a workspace opens off the FX thread. */
final class BusyView {
    private BusyView() {}

    static Parent build(String message) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("busyIndicator");
        spinner.setPrefSize(48, 48);
        return Forms.card(spinner, Forms.hint(message));
    }
}
