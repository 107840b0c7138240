package id.tata.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Small builders shared by the shell's forms, so every card and inline error looks the same. */
final class Forms {
    private Forms() {}

    /** A centred card on a plain background: the log-in and start screens. */
    static Parent card(Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add("tata-card");
        card.setMaxWidth(420);
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        StackPane back = new StackPane(card);
        back.getStyleClass().add("tata-backdrop");
        StackPane.setAlignment(card, Pos.CENTER);
        return back;
    }

    static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("title-2", "tata-title");
        label.setWrapText(true);
        return label;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    /** Hidden while empty, so an empty error line takes no room. */
    static Label errorLine(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("danger", "tata-error");
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Rows of label + field. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tata-form");
        return grid;
    }

    static void row(GridPane grid, String label, Node field) {
        int row = grid.getRowCount();
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        grid.addRow(row, l, field);
        GridPane.setFillWidth(field, true);
        GridPane.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
    }
}
