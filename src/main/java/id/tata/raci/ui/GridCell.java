package id.tata.raci.ui;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

import java.util.function.Supplier;

/**
 * A cell of the grid: a task's text (wrapped, never widening the column) or a party's letters (centred, bold). Edits
 * in a text field that commits on Enter and cancels on Escape; an edit started by typing begins with what was typed.
 */
final class GridCell extends TableCell<RaciRow, String> {
    private final boolean wrap;
    private final Supplier<String> pending;
    private final Text wrapped = new Text();
    private TextField field;

    /** @param pending the text typed to start the edit, taken once (null when started by F2 or double-click) */
    GridCell(boolean wrap, Supplier<String> pending) {
        this.wrap = wrap;
        this.pending = pending;
        if (wrap) {
            wrapped.wrappingWidthProperty().bind(widthProperty().subtract(14));
            wrapped.fillProperty().bind(textFillProperty());
            wrapped.fontProperty().bind(fontProperty());
            setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("raci-task-cell");
        } else {
            setAlignment(Pos.CENTER);
            setStyle("-fx-font-weight: bold;");
            getStyleClass().add("raci-letter-cell");
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && field != null) {
            setText(null);
            setGraphic(field);
        } else if (wrap) {
            wrapped.setText(item);
            setText(null);
            setGraphic(wrapped);
        } else {
            setText(item);
            setGraphic(null);
        }
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String typed = pending.get();
        field = new TextField(typed != null ? typed : getItem());
        field.setId(wrap ? "raciTaskEditor" : "raciCellEditor");
        field.setOnAction(e -> commitEdit(field.getText()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        if (typed == null) {
            field.selectAll(); // F2, double-click or a new task: typing replaces, arrows keep it
        } else {
            field.positionCaret(field.getText().length());
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        field = null;
        updateItem(getItem(), getItem() == null);
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        field = null;
    }
}
