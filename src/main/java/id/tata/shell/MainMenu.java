package id.tata.shell;

import id.tata.common.undo.CommandStack;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;

/** Berkas, Sunting, Alat, Bantuan. Undo and redo name the action they would take back or repeat. */
final class MainMenu {
    private final Shell shell;
    private final OpenWorkspace open;
    private final MainWindow window;
    private final MenuItem undo = new MenuItem();
    private final MenuItem redo = new MenuItem();

    MainMenu(Shell shell, OpenWorkspace open, MainWindow window) {
        this.shell = shell;
        this.open = open;
        this.window = window;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), toolsMenu(), helpMenu());
        bar.setId("menuBar");
        refreshUndo();
        return bar;
    }

    private Menu fileMenu() {
        WorkspaceActions actions = new WorkspaceActions(shell);
        Session session = open.session();
        boolean writable = !open.workspace().readOnly();
        MenuItem backup = item("shell.menu.backup", Material2AL.BACKUP, () -> actions.backupNow(open.workspace()));
        backup.setDisable(!writable || !session.can(Permission.WORKSPACE_BACKUP));
        MenuItem restore = item("shell.menu.restore", Material2MZ.RESTORE,
                () -> actions.restoreWithChooser(open.workspace()));
        restore.setDisable(!writable || !session.can(Permission.WORKSPACE_ADMIN));
        MenuItem openItem = item("shell.menu.open", Material2AL.FOLDER_OPEN, actions::openWithChooser);
        openItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        Menu menu = new Menu(shell.text("shell.menu.file"), null,
                openItem,
                item("shell.menu.new", Material2AL.CREATE_NEW_FOLDER, actions::createWithChooser),
                recentMenu(),
                new SeparatorMenuItem(), backup, restore,
                new SeparatorMenuItem(),
                item("shell.menu.close", Material2AL.CLOSE, shell::closeWorkspace),
                item("shell.menu.exit", Material2AL.EXIT_TO_APP, javafx.application.Platform::exit));
        int at = 2;
        for (WorkspaceSource source : shell.context().workspaceSources()) {
            menu.getItems().add(at++, item(source.labelKey(), Material2AL.ASSIGNMENT_RETURNED,
                    () -> source.start(new SourceHost(shell))));
        }
        menu.setId("menuFile");
        return menu;
    }

    private Menu recentMenu() {
        Menu recent = new Menu(shell.text("shell.menu.recent"), new FontIcon(Material2AL.HISTORY));
        for (Path file : shell.context().preferences().recentWorkspaces()) {
            MenuItem entry = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> shell.open(file, false));
            recent.getItems().add(entry);
        }
        recent.setDisable(recent.getItems().isEmpty());
        return recent;
    }

    private Menu editMenu() {
        undo.setGraphic(new FontIcon(Material2MZ.UNDO));
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> window.undo());
        redo.setGraphic(new FontIcon(Material2MZ.REDO));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redo.setOnAction(e -> window.redo());
        Menu menu = new Menu(shell.text("shell.menu.edit"), null, undo, redo);
        menu.setId("menuEdit");
        return menu;
    }

    private Menu toolsMenu() {
        Menu menu = new Menu(shell.text("shell.menu.tools"), null,
                item("shell.menu.preferences", Material2MZ.SETTINGS, () -> new PreferencesDialog(shell).show()));
        menu.setId("menuTools");
        return menu;
    }

    private Menu helpMenu() {
        Menu menu = new Menu(shell.text("shell.menu.help"), null,
                item("shell.menu.about", Material2AL.INFO, () -> AboutDialog.show(shell)));
        menu.setId("menuHelp");
        return menu;
    }

    /** Texts and enabled state from the command stack: "Urungkan: Tambah Perangkat Daerah". */
    void refreshUndo() {
        CommandStack commands = open.commands();
        undo.setText(commands.undoName().map(n -> shell.text("shell.menu.undoNamed", n))
                .orElse(shell.text("shell.menu.undo")));
        undo.setDisable(!commands.canUndo());
        redo.setText(commands.redoName().map(n -> shell.text("shell.menu.redoNamed", n))
                .orElse(shell.text("shell.menu.redo")));
        redo.setDisable(!commands.canRedo());
    }

    private MenuItem item(String key, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(shell.text(key), new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }
}
