package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Echelons;
import id.tata.shell.ModuleContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Add or edit one jabatan. Errors appear under their field; the window stays open until the save succeeds. */
final class PositionEditor {
    /** Wider than the person dialog's: jabatan names are the longest texts users enter in Tata. */
    private static final double FIELD_WIDTH = 540;

    private final PositionViewModel model;
    private final PositionForm form;
    private final ModuleContext context;
    private final EditorDialog dialog;

    PositionEditor(PositionViewModel model, PositionForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
        this.dialog = new EditorDialog(context.i18n(), "position", FIELD_WIDTH);
    }

    void show(Window owner) {
        TextField name = new TextField();
        name.setId("positionName");
        name.textProperty().bindBidirectional(form.name());
        name.setPromptText(text("position.ui.field.namePrompt"));
        name.setPrefWidth(FIELD_WIDTH);
        dialog.row("position.ui.field.name", name, form.nameError(), "positionNameError");
        dialog.row("position.ui.field.agency", agencyChoice(), form.agencyError(), "positionAgencyError");
        dialog.row("position.ui.field.echelon", echelonChoice(), null, null);
        dialog.show(owner, form.original() == null, form.errors(), name, dialog.grid(),
                dialog.errorLine(form.generalError(), "positionFormError"),
                dialog.buttons(form.busy(), close -> model.save(form, close)));
    }

    private ComboBox<Agency> agencyChoice() {
        ComboBox<Agency> agency = new ComboBox<>();
        agency.setId("positionAgency");
        agency.getItems().setAll(model.agencies());
        // The full name too: the dialog is where a user checks they picked the right one of similar short names.
        agency.setConverter(Choices.converter(a -> a.shortName().isBlank() ? a.name()
                : a.name() + " (" + a.shortName() + ")"));
        agency.setPromptText(text("position.ui.field.agencyPrompt"));
        agency.valueProperty().bindBidirectional(form.agency());
        agency.setPrefWidth(FIELD_WIDTH);
        agency.setMaxWidth(Double.MAX_VALUE);
        agency.setVisibleRowCount(12);
        return agency;
    }

    /** The usual eselon levels to pick, or anything typed: older records write them differently. */
    private ComboBox<String> echelonChoice() {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId("positionEchelon");
        choice.setEditable(true);
        choice.getItems().setAll(Echelons.COMMON);
        choice.setPromptText(text("position.ui.field.echelonPrompt"));
        choice.getEditor().textProperty().bindBidirectional(form.echelon());
        // A pick from the list lands in the editor only on commit; copy it at once so Simpan sees it.
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                form.echelon().set(now);
            }
        });
        choice.setPrefWidth(FIELD_WIDTH);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setVisibleRowCount(10);
        return choice;
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
