package id.tata.organization.ui;

import id.tata.shell.ModuleContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import id.tata.common.ui.Toolbars;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The parts the agency, person and position pages share: the header with title, read-only note and error line,
 * text columns that show a cut-off text whole on hover, and a table that edits on double-click or Enter and
 * deletes on Delete. Ids and message keys follow from the record's name ("person" gives #personReadOnlyNote and
 * person.ui.title), as the three pages already had them.
 */
final class RecordPage {
    private RecordPage() {
    }

    /** Title, toolbar, why editing is off (when it is), and the last loading error (when there is one). */
    static VBox header(ModuleContext context, String record, boolean canEdit, Node toolbar, StringProperty error) {
        Label title = new Label(context.i18n().text(record + ".ui.title"));
        title.getStyleClass().addAll("title-2", "tata-title");
        VBox top = new VBox(title, toolbar);
        if (!canEdit) {
            Label why = new Label(context.i18n().text(record + (context.session().workspace().readOnly()
                    ? ".ui.readOnly" : ".ui.noPermission")));
            why.getStyleClass().add("text-muted");
            why.setId(record + "ReadOnlyNote");
            top.getChildren().add(why);
        }
        Label errorLine = new Label();
        errorLine.getStyleClass().add("danger");
        errorLine.textProperty().bind(error);
        errorLine.visibleProperty().bind(error.isNotEmpty());
        errorLine.managedProperty().bind(errorLine.visibleProperty());
        top.getChildren().add(errorLine);
        top.getStyleClass().add("tata-page-header");
        return top;
    }

    static <T> TableColumn<T, String> textColumn(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // The whole text on hover, for names cut short by a narrow window.
                setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** The empty-table text, and double-click or Enter to edit, Delete to delete, when the user may edit. */
    static <T> void makeEditable(TableView<T> table, String placeholderId, StringBinding placeholderText,
                                 boolean canEdit, Consumer<T> edit, Consumer<T> delete) {
        Label placeholder = new Label();
        placeholder.setId(placeholderId);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("text-muted");
        placeholder.textProperty().bind(placeholderText);
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && canEdit) {
                    edit.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && canEdit && e.getCode() == KeyCode.DELETE) {
                delete.accept(selected);
            } else if (selected != null && canEdit && e.getCode() == KeyCode.ENTER) {
                edit.accept(selected);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    static TextField searchField(ModuleContext context, String record, StringProperty text, int columns) {
        TextField search = new TextField();
        search.setId(record + "Search");
        search.setPromptText(context.i18n().text(record + ".ui.search"));
        search.textProperty().bindBidirectional(text);
        search.setPrefColumnCount(columns);
        return search;
    }

    /** Add, Edit and Delete; Edit and Delete act on the selected row, so they are off while none is selected. */
    static <T> List<Button> editButtons(ModuleContext context, String record, TableView<T> table, boolean canEdit,
                                        Consumer<T> edit, Consumer<T> delete) {
        Button add = button(context, record + "Add", record + ".ui.add", new FontIcon(Material2AL.ADD));
        add.getStyleClass().add("accent");
        add.setOnAction(e -> edit.accept(null));
        add.setDisable(!canEdit);
        Button change = button(context, record + "Edit", record + ".ui.edit", new FontIcon(Material2AL.EDIT));
        change.setOnAction(e -> edit.accept(table.getSelectionModel().getSelectedItem()));
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(add.disableProperty()));
        Button remove = button(context, record + "Delete", record + ".ui.delete", new FontIcon(Material2AL.DELETE));
        remove.getStyleClass().add("danger");
        remove.setOnAction(e -> delete.accept(table.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(change.disableProperty());
        return List.of(add, change, remove);
    }

    /** Search and filters on the left, buttons on the right; buttons keep their whole labels when room runs out. */
    static HBox toolbar(List<? extends Node> left, List<? extends Node> right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox();
        toolbar.getChildren().addAll(left);
        toolbar.getChildren().add(spacer);
        toolbar.getChildren().addAll(right);
        Toolbars.keepButtonLabels(toolbar);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("tata-toolbar");
        return toolbar;
    }

    private static Button button(ModuleContext context, String id, String key, FontIcon icon) {
        Button button = new Button(context.i18n().text(key), icon);
        button.setId(id);
        return button;
    }
}
