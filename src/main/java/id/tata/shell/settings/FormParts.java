package id.tata.shell.settings;

import id.tata.shell.Shell;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
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
import javafx.util.StringConverter;

import java.util.function.Function;

/** The small builders the settings and user screens share, so their fields and errors look like the rest of Tata. */
public final class FormParts {
    private FormParts() {}

    public static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** Hidden while empty, so an error line takes room only when there is something to say. */
    public static Label errorLine(StringProperty error, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("danger", "tata-error");
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Field with its error line below it, as one grid cell. */
    public static VBox cell(Node field, StringProperty error, String errorId) {
        VBox cell = error == null ? new VBox(field) : new VBox(field, errorLine(error, errorId));
        cell.getStyleClass().add("tata-field");
        GridPane.setHgrow(cell, Priority.ALWAYS);
        return cell;
    }

    /** Aligned with the field's first line, so an error line appearing below the field does not move it. */
    public static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.getStyleClass().add("tata-field-label");
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tata-form");
        return grid;
    }

    public static HBox buttons(Button... buttons) {
        HBox box = new HBox(buttons);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("tata-buttons");
        return box;
    }

    public static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        return button;
    }

    /** A window-modal dialog in Tata's style; the caller shows it. */
    public static Stage dialog(Parent root, String title, Window owner) {
        root.getStyleClass().add("tata-dialog");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Shell.STYLESHEET);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.setTitle(title);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        return stage;
    }

    /** Error lines appear and vanish: let the dialog grow with them, or they push the buttons out of sight. */
    public static void growWith(Stage stage, StringProperty... errors) {
        for (StringProperty error : errors) {
            error.addListener((obs, old, now) -> stage.sizeToScene());
        }
    }

    public static <T> StringConverter<T> converter(Function<T, String> label) {
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
}
