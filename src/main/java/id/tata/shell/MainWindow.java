package id.tata.shell;

import id.tata.common.task.BackgroundTask;
import id.tata.common.undo.CommandStack;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.Locale;

/** Menu bar, navigation sidebar, content area, task list and status bar of a logged-in user. */
final class MainWindow {
    static final String HOME = "home";

    private final Shell shell;
    private final OpenWorkspace open;
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private String selected;
    private ModuleView view;
    private MainMenu menu;

    MainWindow(Shell shell, OpenWorkspace open, String selected) {
        this.shell = shell;
        this.open = open;
        this.selected = selected == null ? HOME : selected;
    }

    Parent build() {
        menu = new MainMenu(shell, open, this);
        content.setId("content");
        content.getStyleClass().add("tata-content");
        VBox center = new VBox(content, TaskListView.build(shell));
        VBox.setVgrow(content, Priority.ALWAYS);
        BorderPane root = new BorderPane(center);
        root.setTop(menu.build());
        root.setLeft(sidebar());
        root.setBottom(StatusBar.build(shell, open));
        select(selected);
        return root;
    }

    private VBox sidebar() {
        VBox bar = new VBox();
        bar.setId("navigation");
        bar.getStyleClass().add("tata-navigation");
        bar.getChildren().add(entry(HOME, shell.text("shell.nav.home"), Material2AL.HOME));
        for (Module module : shell.context().modules()) {
            if (open.session().can(module.requiredPermission())) {
                bar.getChildren().add(entry(module.id(), shell.text(module.labelKey()), module.icon()));
            }
        }
        // A click on the selected entry would unselect it and leave no entry marked: keep one selected.
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            } else if (now != null && !now.getUserData().equals(selected)) {
                show((String) now.getUserData());
            }
        });
        return bar;
    }

    private ToggleButton entry(String id, String label, Ikon icon) {
        ToggleButton button = new ToggleButton(label, new FontIcon(icon));
        button.setId("nav" + id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1));
        button.setUserData(id);
        button.setToggleGroup(navigation);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.getStyleClass().add("tata-nav-entry");
        return button;
    }

    String selectedModule() {
        return selected;
    }

    void select(String id) {
        navigation.getToggles().stream().filter(t -> id.equals(t.getUserData())).findFirst()
                .or(() -> navigation.getToggles().stream().findFirst())
                .ifPresent(t -> {
                    t.setSelected(true);
                    show((String) t.getUserData());
                });
    }

    private void show(String id) {
        selected = id;
        view = HOME.equals(id) ? new HomeView(shell, open)
                : shell.context().modules().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow()
                .createView(moduleContext());
        content.getChildren().setAll(view.node());
    }

    private ModuleContext moduleContext() {
        return new ModuleContext(open.session(), shell.context().tasks(), open.commands(), shell.i18n(),
                shell.dialogs());
    }

    void refreshUndo() {
        menu.refreshUndo();
    }

    void undo() {
        CommandStack commands = open.commands();
        commands.undoName().ifPresent(name -> runOnStack(shell.text("task.undo", name), commands::undo));
    }

    void redo() {
        CommandStack commands = open.commands();
        commands.redoName().ifPresent(name -> runOnStack(shell.text("task.redo", name), commands::redo));
    }

    /** Undo and redo write to the workspace: off the FX thread, then the view shows the result. */
    private void runOnStack(String title, Runnable action) {
        shell.context().tasks().execute(BackgroundTask.of(title, p -> {
            action.run();
            return null;
        }).onSuccess(v -> view.refresh()).onFailure(e -> {
            shell.showError(title, e);
            view.refresh();
        }));
    }
}
