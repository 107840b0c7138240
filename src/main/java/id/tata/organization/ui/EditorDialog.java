package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.shell.Shell;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import java.util.function.Consumer;

/**
 * The frame the agency, person and position dialogs share: a grid of labelled fields, each with its error line
 * under it, and a Cancel/Save bar, in a modal window. Ids and message keys follow from the record's name
 * ("person" gives #personSave and person.ui.save), as the three dialogs already had them.
 */
final class EditorDialog {
    private final I18n i18n;
    private final String record;
    private final double errorWidth;
    private final Stage stage = new Stage();
    private final GridPane grid = new GridPane();

    /** @param errorWidth how wide an error line may grow before it wraps; Label.USE_COMPUTED_SIZE for no limit */
    EditorDialog(I18n i18n, String record, double errorWidth) {
        this.i18n = i18n;
        this.record = record;
        this.errorWidth = errorWidth;
        grid.getStyleClass().add("tata-form");
    }

    GridPane grid() {
        return grid;
    }

    /** Adds a row: the label, the field and, when {@code error} is given, its error line under it. */
    void row(String key, Node field, StringProperty error, String errorId) {
        Label label = new Label(i18n.text(key));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        VBox cell = error == null ? new VBox(field) : new VBox(field, errorLine(error, errorId));
        cell.getStyleClass().add("tata-field");
        GridPane.setHgrow(cell, Priority.ALWAYS);
        grid.addRow(grid.getRowCount(), label, cell);
    }

    /** Takes room only while there is an error to show. */
    Label errorLine(StringProperty error, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("danger", "tata-error");
        label.setWrapText(true);
        label.setMaxWidth(errorWidth);
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    static TextField textField(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** Save is disabled while {@code busy}; {@code save} gets what closes the window, to run once the save worked. */
    HBox buttons(BooleanProperty busy, Consumer<Runnable> save) {
        Button saveButton = new Button(i18n.text(record + ".ui.save"));
        saveButton.setId(record + "Save");
        saveButton.setDefaultButton(true);
        saveButton.getStyleClass().add("accent");
        saveButton.disableProperty().bind(busy);
        saveButton.setOnAction(e -> save.accept(stage::close));
        Button cancel = new Button(i18n.text(record + ".ui.cancel"));
        cancel.setId(record + "Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(cancel, saveButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("tata-buttons");
        return buttons;
    }

    /** Opens the window modal to {@code owner} with the content stacked, and puts the cursor in {@code focus}. */
    void show(Window owner, boolean adding, List<StringProperty> errors, Node focus, Node... content) {
        VBox root = new VBox(content);
        root.getStyleClass().add("tata-dialog");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(i18n.text(record + (adding ? ".ui.addTitle" : ".ui.editTitle")));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        // Error lines take room only when shown: grow the window with them, or they push the buttons out of sight.
        errors.forEach(error -> error.addListener((obs, old, now) -> stage.sizeToScene()));
        stage.show();
        focus.requestFocus();
    }
}
