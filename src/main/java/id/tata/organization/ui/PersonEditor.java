package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Ranks;
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

import java.util.List;

/** Add or edit one person. Errors appear under their field; the window stays open until the save succeeds. */
final class PersonEditor {
    private static final double FIELD_WIDTH = 420;

    private final PersonViewModel model;
    private final PersonForm form;
    private final ModuleContext context;
    private final Stage stage = new Stage();

    PersonEditor(PersonViewModel model, PersonForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
    }

    void show(Window owner) {
        TextField nip = field("personNip", form.nip());
        nip.setPromptText(text("person.ui.field.nipPrompt"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tata-form");
        row(grid, "person.ui.field.nip", nip, form.nipError(), "personNipError");
        row(grid, "person.ui.field.frontTitle", field("personFrontTitle", form.frontTitle()), null, null);
        row(grid, "person.ui.field.name", field("personName", form.name()), form.nameError(), "personNameError");
        row(grid, "person.ui.field.backTitle", field("personBackTitle", form.backTitle()), null, null);
        row(grid, "person.ui.field.rank", typedChoice("personRank", form.rank(), "person.ui.field.rankPrompt",
                Ranks.CIVIL_SERVANT),
                null, null);
        ComboBox<String> position = typedChoice("personPosition", form.position(), "person.ui.field.positionPrompt",
                model.positionNames(form.agency().get()));
        row(grid, "person.ui.field.agency", agencyChoice(position), form.agencyError(), "personAgencyError");
        row(grid, "person.ui.field.position", position, form.positionError(), "personPositionError");
        row(grid, "person.ui.field.email", field("personEmail", form.email()), form.emailError(), "personEmailError");
        row(grid, "person.ui.field.phone", field("personPhone", form.phone()), form.phoneError(), "personPhoneError");
        Label hint = new Label(text("person.ui.field.positionHint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMaxWidth(FIELD_WIDTH + 140);
        VBox root = new VBox(grid, hint, errorLine(form.generalError(), "personFormError"), buttons());
        root.getStyleClass().add("tata-dialog");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(text(form.original() == null ? "person.ui.addTitle" : "person.ui.editTitle"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        // Error lines take room only when shown: grow the window with them, or they push the buttons out of sight.
        form.errors().forEach(error -> error.addListener((obs, old, now) -> stage.sizeToScene()));
        stage.show();
        nip.requestFocus();
    }

    private HBox buttons() {
        Button save = new Button(text("person.ui.save"));
        save.setId("personSave");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.busy());
        save.setOnAction(e -> model.save(form, stage::close));
        Button cancel = new Button(text("person.ui.cancel"));
        cancel.setId("personCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("tata-buttons");
        return buttons;
    }

    /** Picking another agency offers that agency's jabatan; what was typed stays, to be created there if new. */
    private ComboBox<Agency> agencyChoice(ComboBox<String> position) {
        ComboBox<Agency> agency = new ComboBox<>();
        agency.setId("personAgency");
        agency.getItems().setAll(model.agencies());
        agency.setConverter(Choices.converter(a -> a.shortName().isBlank() ? a.name()
                : a.name() + " (" + a.shortName() + ")"));
        agency.setPromptText(text("person.ui.field.agencyPrompt"));
        agency.valueProperty().bindBidirectional(form.agency());
        agency.setPrefWidth(FIELD_WIDTH);
        agency.setMaxWidth(Double.MAX_VALUE);
        form.agency().addListener((obs, old, now) -> {
            String typed = form.position().get();
            position.getItems().setAll(model.positionNames(now));
            form.position().set(typed);
        });
        return agency;
    }

    /** A list to pick from that also takes a typed value: ranks and jabatan outside the list are real too. */
    private ComboBox<String> typedChoice(String id, StringProperty value, String promptKey, List<String> items) {
        ComboBox<String> choice = new ComboBox<>();
        choice.setId(id);
        choice.setEditable(true);
        choice.getItems().setAll(items);
        choice.setPromptText(text(promptKey));
        choice.getEditor().textProperty().bindBidirectional(value);
        // A pick from the list lands in the editor only on commit; copy it at once so Simpan sees it.
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        choice.setPrefWidth(FIELD_WIDTH);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setVisibleRowCount(12);
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

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefWidth(FIELD_WIDTH);
        return field;
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
