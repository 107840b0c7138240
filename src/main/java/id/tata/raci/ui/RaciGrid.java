package id.tata.raci.ui;

import id.tata.common.l10n.I18n;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciParty;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.geometry.Insets;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The matrix as a keyboard-driven table: column 0 the number, 1 the task, then one column per party. Typing letters
 * starts an edit of the cell, Enter commits, Delete clears, Ctrl+C/Ctrl+V copy and paste a cell (or from the task
 * columns the whole row), Alt+arrows move the task or party, Insert adds a task below (Alt+Insert above),
 * Ctrl+Delete deletes the task, F2 edits. Every change goes through the view model.
 */
final class RaciGrid {
    static final int FIRST_PARTY = 2;
    private final RaciViewModel model;
    private final I18n i18n;
    private final IntConsumer renameParty;
    private final TableView<RaciRow> table = new TableView<>();
    private final ObservableList<RaciRow> rows = FXCollections.observableArrayList();
    private List<RaciParty> shownParties;
    private String pending;

    /** @param renameParty asks the user for a party's new name (the view's dialog) */
    RaciGrid(RaciViewModel model, I18n i18n, IntConsumer renameParty, String emptyText) {
        this.model = model;
        this.i18n = i18n;
        this.renameParty = renameParty;
        table.setId("raciGrid");
        table.setItems(rows);
        table.setEditable(model.canEdit());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label(emptyText);
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        model.matrix().addListener((obs, old, now) -> show(now));
    }

    TableView<RaciRow> table() {
        return table;
    }

    /** The focused task (0-based), or -1. */
    int task() {
        return table.getFocusModel().getFocusedCell().getRow();
    }

    /** The focused party (0-based), or -1 when the focus is on the number or task column. */
    int party() {
        TablePosition<RaciRow, ?> cell = table.getFocusModel().getFocusedCell();
        int column = cell.getTableColumn() == null ? -1 : table.getColumns().indexOf(cell.getTableColumn());
        return column < FIRST_PARTY ? -1 : column - FIRST_PARTY;
    }

    /** Selects a cell; {@code party} -1 selects the task's text. */
    void select(int task, int party) {
        int column = party < 0 ? 1 : party + FIRST_PARTY;
        if (task < 0 || task >= rows.size() || column >= table.getColumns().size()) {
            return;
        }
        table.getSelectionModel().clearAndSelect(task, table.getColumns().get(column));
        table.getFocusModel().focus(task, table.getColumns().get(column));
        table.scrollTo(task);
        table.requestFocus();
    }

    /** As {@link #select}, and scrolls the party's column into view (for a warning about a party far right). */
    void reveal(int task, int party) {
        select(task, party);
        if (party >= 0 && party + FIRST_PARTY < table.getColumns().size()) {
            table.scrollToColumn(table.getColumns().get(party + FIRST_PARTY));
        }
    }

    /** Starts editing the task's text, as after inserting a task. */
    void editTask(int task) {
        select(task, -1);
        Platform.runLater(() -> table.edit(task, table.getColumns().get(1)));
    }

    private void show(RaciMatrix m) {
        int task = Math.max(0, task());
        int party = party();
        if (m == null) {
            rows.clear();
            table.getColumns().clear();
            shownParties = null;
            return;
        }
        if (!m.parties().equals(shownParties)) {
            table.getColumns().setAll(columns(m));
            shownParties = m.parties();
        }
        rows.setAll(IntStream.range(0, m.tasks().size())
                .mapToObj(t -> new RaciRow(t, m.tasks().get(t), m.cells().get(t))).toList());
        if (!rows.isEmpty()) {
            select(Math.min(task, rows.size() - 1), Math.min(party, m.parties().size() - 1));
        }
    }

    private List<TableColumn<RaciRow, String>> columns(RaciMatrix m) {
        List<TableColumn<RaciRow, String>> out = new ArrayList<>();
        TableColumn<RaciRow, String> no = column(i18n.text("raci.ui.column.no"), 48);
        no.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().number())));
        no.setEditable(false);
        no.setStyle("-fx-alignment: CENTER;");
        out.add(no);
        TableColumn<RaciRow, String> task = column(i18n.text("raci.ui.column.task"), 280);
        task.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().task().text()));
        task.setCellFactory(c -> new GridCell(true, this::takePending));
        task.setOnEditCommit(e -> later(e.getTablePosition().getRow(), e.getNewValue(), -1));
        out.add(task);
        for (int p = 0; p < m.parties().size(); p++) {
            out.add(partyColumn(m.parties().get(p).name(), p));
        }
        return out;
    }

    private TableColumn<RaciRow, String> partyColumn(String name, int party) {
        TableColumn<RaciRow, String> column = column("", widthFor(name));
        column.setMinWidth(64);
        // a Text, not a wrapping Label: its height follows the wrapped lines, so the header grows instead of cutting
        Text header = new Text(name);
        header.setTextAlignment(TextAlignment.CENTER);
        header.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        header.setStyle("-fx-fill: -color-fg-default; -fx-font-weight: bold;");
        header.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.canEdit()) {
                renameParty.accept(party);
            }
        });
        StackPane padded = new StackPane(header);
        padded.setPadding(new Insets(4, 0, 4, 0));
        column.setGraphic(padded);
        column.setId("raciParty" + party);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cells().get(party).text()));
        column.setCellFactory(c -> new GridCell(false, this::takePending));
        column.setOnEditCommit(e -> later(e.getTablePosition().getRow(), e.getNewValue(), party));
        return column;
    }

    /** Wide enough for the longest word of the name (up to a limit), so words are not broken in the middle. */
    private static double widthFor(String name) {
        Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize());
        double longest = 0;
        for (String word : name.split("\\s+")) {
            Text probe = new Text(word);
            probe.setFont(bold);
            longest = Math.max(longest, probe.getLayoutBounds().getWidth());
        }
        return Math.min(200, Math.max(120, Math.ceil(longest) + 24));
    }

    private static TableColumn<RaciRow, String> column(String title, double width) {
        TableColumn<RaciRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    /** Commits after the cell has finished its own commit; a refused value is taken back off the screen. */
    private void later(int task, String value, int party) {
        Platform.runLater(() -> {
            boolean done = party < 0 ? model.renameTask(task, value) : model.setCell(task, party, value);
            if (!done) {
                table.refresh();
                select(task, party);
            }
        });
    }

    private String takePending() {
        String typed = pending;
        pending = null;
        return typed;
    }

    private void typed(KeyEvent e) {
        String c = e.getCharacter();
        if (!model.canEdit() || table.getEditingCell() != null || party() < 0 || task() < 0 || c.length() != 1
                || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || !(Character.isLetter(c.charAt(0)) || c.equals("/"))) {
            return;
        }
        e.consume();
        pending = c;
        table.edit(task(), table.getColumns().get(party() + FIRST_PARTY));
        Platform.runLater(() -> pending = null);
    }

    private void pressed(KeyEvent e) {
        if (table.getEditingCell() != null || task() < 0) {
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.copy(task(), party() < 0 ? null : party()));
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        } else if (model.canEdit() && handledEdit(e)) {
            e.consume();
        }
    }

    /** The editing keys; true when the key was one of them. */
    private boolean handledEdit(KeyEvent e) {
        int task = task();
        int party = party();
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && code == KeyCode.V) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                model.paste(task, Math.max(0, party), text);
            }
        } else if (e.isShortcutDown() && code == KeyCode.DELETE) {
            model.deleteTask(task);
        } else if (e.isAltDown() && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            int by = code == KeyCode.UP ? -1 : 1;
            if (model.moveTask(task, by)) {
                select(task + by, party);
            }
        } else if (e.isAltDown() && party >= 0 && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            int by = code == KeyCode.LEFT ? -1 : 1;
            if (model.moveParty(party, by)) {
                select(task, party + by);
            }
        } else if (code == KeyCode.INSERT) {
            int at = e.isAltDown() ? task : task + 1;
            if (model.insertTask(at, i18n.text("raci.ui.newTask"))) {
                editTask(at);
            }
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && party >= 0) {
            model.clearCell(task, party);
        } else if (code == KeyCode.F2) {
            table.edit(task, table.getColumns().get(party < 0 ? 1 : party + FIRST_PARTY));
        } else {
            return false;
        }
        return true;
    }
}
