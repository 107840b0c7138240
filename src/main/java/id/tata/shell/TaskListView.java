package id.tata.shell;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The running background tasks, each with its progress and a cancel button; hidden when nothing runs. */
final class TaskListView {
    private TaskListView() {}

    static Node build(Shell shell) {
        TaskList tasks = shell.context().tasks();
        VBox rows = new VBox();
        rows.setId("taskList");
        rows.getStyleClass().add("tata-task-list");
        Runnable fill = () -> rows.getChildren().setAll(tasks.running().stream().map(t -> row(shell, t)).toList());
        ListChangeListener<RunningTask> refill = c -> fill.run();
        // The list lives as long as the application, the view only until the next rebuild: listen weakly.
        rows.getProperties().put(TaskListView.class, refill);
        tasks.running().addListener(new WeakListChangeListener<>(refill));
        fill.run();
        rows.visibleProperty().bind(Bindings.isNotEmpty(tasks.running()));
        rows.managedProperty().bind(rows.visibleProperty());
        return rows;
    }

    private static Node row(Shell shell, RunningTask task) {
        Label title = new Label(task.title());
        title.setMinWidth(160);
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        message.getStyleClass().add("text-muted");
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(180);
        Button cancel = new Button(null, new FontIcon(Material2AL.CLOSE));
        cancel.getStyleClass().addAll("flat", "button-icon");
        cancel.setTooltip(new Tooltip(shell.text("shell.tasks.cancel")));
        cancel.setOnAction(e -> task.cancel());
        HBox row = new HBox(title, bar, message, cancel);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        row.getStyleClass().add("tata-task-row");
        return row;
    }
}
