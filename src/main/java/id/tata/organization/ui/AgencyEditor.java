package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
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
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Add or edit one agency. Errors appear under their field; the window stays open until the save succeeds. */
final class AgencyEditor {
    private final AgencyViewModel model;
    private final AgencyForm form;
    private final ModuleContext context;
    private final Stage stage = new Stage();

    AgencyEditor(AgencyViewModel model, AgencyForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
    }

    void show(Window owner) {
        TextField code = field("agencyCode", form.code());
        TextField name = field("agencyName", form.name());
        name.setPrefColumnCount(36);
        TextField shortName = field("agencyShortName", form.shortName());
        ComboBox<AgencyKind> kind = new ComboBox<>();
        kind.setId("agencyKind");
        kind.getItems().setAll(AgencyKind.values());
        kind.setConverter(converter(model::kindLabel));
        kind.valueProperty().bindBidirectional(form.kind());
        kind.setPromptText(text("agency.ui.field.kindPrompt"));
        kind.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tata-form");
        row(grid, "agency.ui.field.code", code, form.codeError(), "agencyCodeError");
        row(grid, "agency.ui.field.name", name, form.nameError(), "agencyNameError");
        row(grid, "agency.ui.field.shortName", shortName, null, null);
        row(grid, "agency.ui.field.kind", kind, form.kindError(), "agencyKindError");
        row(grid, "agency.ui.field.parent", parentChoice(), null, null);
        Label general = errorLine(form.generalError(), "agencyFormError");
        Button save = new Button(text("agency.ui.save"));
        save.setId("agencySave");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.busy());
        save.setOnAction(e -> model.save(form, stage::close));
        Button cancel = new Button(text("agency.ui.cancel"));
        cancel.setId("agencyCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("tata-buttons");
        VBox root = new VBox(grid, general, buttons);
        root.getStyleClass().add("tata-dialog");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(text(form.original() == null ? "agency.ui.addTitle" : "agency.ui.editTitle"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        // Error lines take room only when shown: grow the window with them, or they push the buttons out of sight.
        for (StringProperty error : List.of(form.codeError(), form.nameError(), form.kindError(), form.generalError())) {
            error.addListener((obs, old, now) -> stage.sizeToScene());
        }
        stage.show();
        code.requestFocus();
    }

    /** Optional.empty() is "no parent", so the choice can be taken back without a separate clear button. */
    private ComboBox<Optional<Agency>> parentChoice() {
        List<Optional<Agency>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        model.parentChoices(form).forEach(a -> choices.add(Optional.of(a)));
        ComboBox<Optional<Agency>> parent = new ComboBox<>();
        parent.setId("agencyParent");
        parent.getItems().setAll(choices);
        parent.setConverter(converter(o -> o.map(a -> a.code() + " — " + a.name())
                .orElse(text("agency.ui.field.noParent"))));
        parent.setValue(Optional.ofNullable(form.parent().get()));
        parent.valueProperty().addListener((obs, old, now) -> form.parent().set(now == null ? null : now.orElse(null)));
        parent.setMaxWidth(Double.MAX_VALUE);
        parent.setPrefWidth(360);
        return parent;
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
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
