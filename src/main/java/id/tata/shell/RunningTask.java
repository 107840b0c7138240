package id.tata.shell;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ProgressIndicator;

/** One entry of the task list: what runs, how far it is, and how to stop it. Properties change on the FX thread. */
public final class RunningTask {
    private final String title;
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(ProgressIndicator.INDETERMINATE_PROGRESS);
    private volatile Runnable cancel = () -> { };

    RunningTask(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    void cancelWith(Runnable action) {
        this.cancel = action;
    }

    public void cancel() {
        cancel.run();
    }
}
