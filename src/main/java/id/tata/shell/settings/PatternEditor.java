package id.tata.shell.settings;

import id.tata.shell.ModuleContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Edits one number pattern; the next number and any error update with every keystroke. */
final class PatternEditor {
    private final SettingsViewModel model;
    private final PatternForm form;
    private final ModuleContext context;

    PatternEditor(SettingsViewModel model, PatternForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
    }

    void show(Window owner) {
        Label type = new Label(model.documentTypeLabel(form.row().pattern().documentType()));
        type.setId("patternType");
        TextField pattern = FormParts.field("patternText", form.pattern());
        pattern.setPrefColumnCount(30);
        TextField description = FormParts.field("patternDescription", form.description());
        Label preview = new Label();
        preview.setId("patternPreview");
        preview.getStyleClass().add("text-bold");
        preview.textProperty().bind(form.preview());
        Label placeholders = new Label(t("settings.ui.pattern.placeholders", "{n}", "{nnn}", "{yyyy}", "{mm}", "{romawi}"));
        placeholders.getStyleClass().add("text-muted");
        placeholders.setWrapText(true);
        placeholders.setMaxWidth(460);
        GridPane grid = FormParts.grid();
        grid.addRow(0, new Label(t("settings.ui.pattern.column.type")), type);
        grid.addRow(1, FormParts.label(t("settings.ui.pattern.column.pattern"), pattern),
                FormParts.cell(new VBox(4, pattern, placeholders), form.error(), "patternError"));
        grid.addRow(2, FormParts.label(t("settings.ui.pattern.column.description"), description),
                FormParts.cell(description, null, null));
        grid.addRow(3, new Label(t("settings.ui.pattern.column.next")), preview);

        Stage[] stage = new Stage[1];
        Button save = FormParts.button("patternSave", t("settings.ui.save"));
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.busy().or(form.error().isNotEmpty()));
        save.setOnAction(e -> model.savePattern(form, stage[0]::close));
        Button cancel = FormParts.button("patternCancel", t("settings.ui.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage[0].close());
        VBox root = new VBox(grid, FormParts.buttons(cancel, save));
        stage[0] = FormParts.dialog(root, t("settings.ui.pattern.editTitle"), owner);
        FormParts.growWith(stage[0], form.error());
        stage[0].show();
        pattern.requestFocus();
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
