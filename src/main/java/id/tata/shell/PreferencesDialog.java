package id.tata.shell;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/** Language and backup count. A new language shows at once: the shell rebuilds the window from the new bundle. */
final class PreferencesDialog {
    private final Shell shell;
    private final Stage stage = new Stage();

    PreferencesDialog(Shell shell) {
        this.shell = shell;
    }

    void show() {
        Preferences prefs = shell.context().preferences();
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("prefLanguage");
        language.getItems().setAll("id", "en");
        // Each language is named in itself, so a user who cannot read the current one still finds their own.
        language.setConverter(new Names());
        language.setValue(prefs.language());
        Spinner<Integer> backups = new Spinner<>(1, 100, prefs.backupsKept());
        backups.setId("prefBackups");
        backups.setEditable(true);
        GridPane grid = Forms.grid();
        Forms.row(grid, shell.text("prefs.language"), language);
        Forms.row(grid, shell.text("prefs.backupsKept"), backups);
        Button save = new Button(shell.text("prefs.save"));
        save.setId("prefSave");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save(language.getValue(), backups.getValue()));
        Button cancel = new Button(shell.text("shell.dialog.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("tata-buttons");
        VBox root = new VBox(Forms.hint(shell.text("prefs.hint", prefs.file())), grid, buttons);
        root.getStyleClass().add("tata-dialog");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(shell.text("prefs.title"));
        stage.initOwner(shell.stage());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setResizable(false);
        stage.show();
    }

    private void save(String language, int backupsKept) {
        boolean languageChanged = !language.equals(shell.context().preferences().language());
        shell.context().preferences().backupsKept(backupsKept);
        shell.context().language(language);
        shell.savePreferences();
        stage.close();
        if (languageChanged) {
            shell.languageChanged();
        }
    }

    private static final class Names extends StringConverter<String> {
        @Override
        public String toString(String tag) {
            return "en".equals(tag) ? "English" : "Bahasa Indonesia";
        }

        @Override
        public String fromString(String name) {
            return "English".equals(name) ? "en" : "id";
        }
    }
}
