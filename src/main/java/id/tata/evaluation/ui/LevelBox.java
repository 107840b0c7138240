package id.tata.evaluation.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;

import java.util.List;

/** A level 1–5 or none ("–") in a combo box, kept in step with an Integer property (null = none). */
final class LevelBox {
    private static final String NONE = "–";

    private LevelBox() {
    }

    static ComboBox<String> of(String id, ObjectProperty<Integer> level) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(List.of(NONE, "1", "2", "3", "4", "5"));
        box.setValue(text(level.get()));
        boolean[] syncing = {false};
        box.valueProperty().addListener((obs, old, now) -> {
            if (!syncing[0]) {
                level.set(now == null || NONE.equals(now) ? null : Integer.valueOf(now));
            }
        });
        level.addListener((obs, old, now) -> {
            syncing[0] = true;
            box.setValue(text(now));
            syncing[0] = false;
        });
        return box;
    }

    static String text(Integer level) {
        return level == null ? NONE : level.toString();
    }
}
