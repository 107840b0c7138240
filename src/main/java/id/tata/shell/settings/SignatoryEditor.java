package id.tata.shell.settings;

import id.tata.shell.ModuleContext;
import id.tata.workspace.settings.SignerRole;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Add or edit one signatory; the window stays open with the errors under their fields until the save succeeds. */
final class SignatoryEditor {
    private final SettingsViewModel model;
    private final SignatoryForm form;
    private final ModuleContext context;

    SignatoryEditor(SettingsViewModel model, SignatoryForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
    }

    void show(Window owner) {
        ComboBox<SignerRole> role = new ComboBox<>();
        role.setId("signatoryRole");
        role.getItems().setAll(SignerRole.values());
        role.setConverter(FormParts.converter(model::roleLabel));
        role.valueProperty().bindBidirectional(form.role());
        role.setMaxWidth(Double.MAX_VALUE);
        TextField name = FormParts.field("signatoryName", form.name());
        name.setPrefColumnCount(32);
        TextField position = FormParts.field("signatoryPosition", form.position());
        TextField nip = FormParts.field("signatoryNip", form.nip());
        nip.setPromptText(t("settings.ui.signatory.nipPrompt"));
        TextField rank = FormParts.field("signatoryRank", form.rank());
        rank.setPromptText(t("settings.ui.signatory.rankPrompt"));
        CheckBox isDefault = new CheckBox(t("settings.ui.signatory.isDefault"));
        isDefault.setId("signatoryDefault");
        isDefault.selectedProperty().bindBidirectional(form.isDefault());
        GridPane grid = FormParts.grid();
        row(grid, "settings.ui.signatory.column.role", role, null, null);
        row(grid, "settings.ui.signatory.field.name", name, form.nameError(), "signatoryNameError");
        row(grid, "settings.ui.signatory.field.position", position, form.positionError(), "signatoryPositionError");
        row(grid, "settings.ui.signatory.column.nip", nip, form.nipError(), "signatoryNipError");
        row(grid, "settings.ui.signatory.column.rank", rank, null, null);
        grid.add(isDefault, 1, grid.getRowCount());

        Stage[] stage = new Stage[1];
        Button save = FormParts.button("signatorySave", t("settings.ui.save"));
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.busy());
        save.setOnAction(e -> model.saveSignatory(form, stage[0]::close));
        Button cancel = FormParts.button("signatoryCancel", t("settings.ui.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage[0].close());
        VBox root = new VBox(grid, FormParts.errorLine(form.generalError(), "signatoryFormError"),
                FormParts.buttons(cancel, save));
        stage[0] = FormParts.dialog(root, t(form.original() == null
                ? "settings.ui.signatory.addTitle" : "settings.ui.signatory.editTitle"), owner);
        FormParts.growWith(stage[0], form.nameError(), form.positionError(), form.nipError(), form.generalError());
        stage[0].show();
        name.requestFocus();
    }

    private void row(GridPane grid, String key, Node field, StringProperty error, String errorId) {
        grid.addRow(grid.getRowCount(), FormParts.label(t(key), field), FormParts.cell(field, error, errorId));
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
