package id.tata.evaluation.ui;

import id.tata.evaluation.domain.Indicator;
import id.tata.evaluation.domain.Instrument;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The five level criteria of an indicator side by side, one toggle card each (number, level name, criteria), so the
 * assessor compares them while choosing. Clicking a card or typing 1–5 while the cards have focus sets the level;
 * clicking the chosen card again clears it (no level yet).
 */
final class CriteriaPicker {
    /** Below this width per card the criteria text breaks inside words; the cards then wrap onto two rows. */
    private static final double MIN_CARD_WIDTH = 150;
    private final GridPane root = new GridPane();
    private int perRow;
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> cards = new ArrayList<>();
    private final ObjectProperty<Integer> level;
    private final Function<String, String> text;
    private boolean syncing;

    CriteriaPicker(ObjectProperty<Integer> level, Function<String, String> text) {
        this.level = level;
        this.text = text;
        root.setId("evaluationCriteria");
        root.getStyleClass().add("tata-criteria");
        root.setHgap(8);
        root.setVgap(8);
        for (int i = 1; i <= 5; i++) {
            ToggleButton card = new ToggleButton();
            card.setId("evaluationLevel" + i);
            card.setUserData(i);
            card.setToggleGroup(group);
            card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            card.setAlignment(Pos.TOP_LEFT);
            card.setMaxWidth(Double.MAX_VALUE);
            card.setMaxHeight(Double.MAX_VALUE);
            card.setMinWidth(0);
            card.setPrefWidth(0); // equal shares of the width, whatever the texts
            card.setWrapText(true);
            GridPane.setHgrow(card, Priority.ALWAYS);
            GridPane.setFillHeight(card, true);
            cards.add(card);
        }
        arrange(5);
        // side by side when there is room; on a narrow laptop window three and two, so words stay whole
        root.widthProperty().addListener((obs, old, now) -> arrange(
                now.doubleValue() >= 5 * MIN_CARD_WIDTH + 4 * root.getHgap() ? 5 : 3));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                level.set(now == null ? null : (Integer) now.getUserData());
            }
        });
        level.addListener((obs, old, now) -> select(now));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::typed);
    }

    GridPane node() {
        return root;
    }

    private void arrange(int columns) {
        if (columns == perRow) {
            return;
        }
        perRow = columns;
        root.getChildren().clear();
        root.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints share = new ColumnConstraints();
            share.setPercentWidth(100.0 / columns);
            root.getColumnConstraints().add(share);
        }
        for (int i = 0; i < cards.size(); i++) {
            root.add(cards.get(i), i % columns, i / columns);
        }
    }

    /** Shows the criteria of {@code indicator} (an empty row when none is chosen). */
    void show(Instrument instrument, Indicator indicator) {
        for (ToggleButton card : cards) {
            int no = (Integer) card.getUserData();
            String name = instrument == null || indicator == null ? "" : instrument.levelName(indicator, no);
            String criteria = indicator == null ? "" : indicator.criteria(no);
            card.setGraphic(face(no, name, criteria));
            // the accessible text is what a screen reader says and what a test reads
            card.setText(no + " " + name + ": " + (criteria.isBlank() ? text.apply("evaluation.q.noCriteria")
                    : criteria));
        }
        select(level.get());
    }

    private VBox face(int no, String name, String criteria) {
        Label number = new Label(String.valueOf(no));
        number.getStyleClass().add("title-3");
        Label title = new Label(name);
        title.getStyleClass().addAll("text-bold", "text-small");
        title.setWrapText(true);
        Label body = new Label(criteria.isBlank() ? text.apply("evaluation.q.noCriteria") : criteria);
        body.setWrapText(true);
        // criteria run to 60 words; a smaller face keeps five of them readable side by side
        body.getStyleClass().add("text-small");
        if (criteria.isBlank()) {
            body.getStyleClass().add("text-muted");
        }
        VBox face = new VBox(4, number, title, body);
        face.setMinWidth(0);
        face.setMaxWidth(Double.MAX_VALUE);
        return face;
    }

    void setDisable(boolean disabled) {
        cards.forEach(c -> c.setDisable(disabled));
    }

    private void select(Integer now) {
        syncing = true;
        try {
            Toggle wanted = now == null ? null : cards.get(now - 1);
            group.selectToggle(wanted);
        } finally {
            syncing = false;
        }
    }

    /** 1–5 (top row or keypad) choose that level while the cards have focus. */
    private void typed(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        int digit = digit(e.getCode());
        if (digit >= 1 && digit <= 5 && !cards.get(digit - 1).isDisabled()) {
            level.set(digit);
            cards.get(digit - 1).requestFocus();
            e.consume();
        }
    }

    static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> 0;
        };
    }
}
