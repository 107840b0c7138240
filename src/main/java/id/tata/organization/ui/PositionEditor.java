package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Echelons;
import id.tata.shell.ModuleContext;
import id.tata.shell.Shell;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Add or edit one jabatan. Errors appear under their field; the window stays open until the save succeeds. */
final class PositionEditor {
    /** Wider than the person dialog's: jabatan names are the longest texts users enter in Tata. */
    private static final double FIELD_WIDTH = 540;

    private final PositionViewModel model;
    private final PositionForm form;
    private final ModuleContext context;
    private final Stage stage = new Stage();

    PositionEditor(PositionViewModel model, PositionForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
    }

    void show(Window owner) {
        TextField name = new TextField();
        name.setId("positionName");
        name.textProperty().bindBidirectional(form.name());
        name.setPromptText(text("position.ui.field.namePrompt"));
        name.setPrefWidth(FIELD_WIDTH);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tata-form");
        row(grid, "position.ui.field.name", name, form.nameError(), "positionNameError");
        row(grid, "position.ui.field.agency", agencyChoice(), form.agencyError(), "positionAgencyError");
        row(grid, "position.ui.field.echelon", echelonChoice(), null, null);
        VBox root = new VBox(grid, errorLine(form.generalError(), "positionFormError"), buttons());
        root.getStyleClass().add("tata-dialog");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(text(form.original() == null ? "position.ui.addTitle" : "position.ui.editTitle"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        // Error lines take room only when shown: grow the window with them, or they push the buttons out of sight.
        form.errors().forEach(error -> error.addListener((obs, old, now) -> stage.sizeToScene()));
        stage.show();
        name.requestFocus();
    }

    private HBox buttons() {
        Button save = new Button(text("position.ui.save"));
        save.setId("positionSave");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.busy());
        save.setOnAction(e -> model.save(form, stage::close));
        Button cancel = new Button(text("position.ui.cancel"));
        cancel.setId("positionCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("tata-buttons");
        return buttons;
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

    private void row(GridPane grid, String key, Node field, StringProperty error, String errorId) {
        Label label = new Label(text(key));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        VBox cell = error == null ? new VBox(field) : new VBox(field, errorLine(error, errorId));
        cell.getStyleClass().add("tata-field");
        GridPane.setHgrow(cell, Priority.ALWAYS);
        grid.addRow(grid.getRowCount(), label, cell);
    }

    private static Label errorLine(StringProperty error, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("danger", "tata-error");
        label.setWrapText(true);
        label.setMaxWidth(FIELD_WIDTH);
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
