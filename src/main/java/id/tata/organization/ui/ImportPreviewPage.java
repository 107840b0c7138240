package id.tata.organization.ui;

import id.tata.common.l10n.I18n;
import id.tata.importing.ImportProblem;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Function;

/**
 * Step 3 of the import wizard: the counts, every problem with its row and column as the spreadsheet shows them, and
 * why the import button is off while any problem is left.
 */
final class ImportPreviewPage {
    private final ImportWizardModel model;
    private final I18n i18n;

    ImportPreviewPage(ImportWizardModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    Node node() {
        Label summary = new Label();
        summary.setId("importSummary");
        summary.getStyleClass().add("text-bold");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summary());
        Button recheck = new Button(i18n.text("import.ui.recheck"), new FontIcon(Material2MZ.REFRESH));
        recheck.setId("importRecheck");
        recheck.setOnAction(e -> model.check());
        recheck.disableProperty().bind(model.busy());
        recheck.setTooltip(new Tooltip(i18n.text("import.ui.recheck.hint")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, summary, spacer, recheck);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label blocked = new Label(i18n.text("import.ui.blocked"));
        blocked.setId("importBlocked");
        blocked.getStyleClass().add("text-muted");
        blocked.setWrapText(true);
        blocked.setMinHeight(Region.USE_PREF_SIZE); // the table gives up room, not the explanation
        blocked.visibleProperty().bind(model.canApply().not().and(model.busy().not())
                .and(javafx.beans.binding.Bindings.isNotEmpty(model.problems())));
        blocked.managedProperty().bind(blocked.visibleProperty());
        TableView<ImportProblem> table = table();
        VBox page = new VBox(10, top, table, blocked);
        VBox.setVgrow(table, Priority.ALWAYS);
        return page;
    }

    private TableView<ImportProblem> table() {
        TableView<ImportProblem> table = new TableView<>(model.problems());
        table.setId("importProblems");
        TableColumn<ImportProblem, String> reason = column("import.ui.column.problem", model::problemReason);
        table.getColumns().add(column("import.ui.column.row", p -> String.valueOf(p.row())));
        table.getColumns().add(column("import.ui.column.column", ImportProblem::column));
        table.getColumns().add(reason);
        table.getColumns().get(0).setPrefWidth(60);
        table.getColumns().get(0).setMaxWidth(80);
        table.getColumns().get(1).setPrefWidth(150);
        reason.setPrefWidth(440);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Messages name values from the file and can be long: they wrap in the cell instead of ending in "…".
        reason.setCellFactory(c -> wrapping(reason));
        Label empty = new Label(i18n.text("import.ui.noProblems"));
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        return table;
    }

    private TableColumn<ImportProblem, String> column(String key, Function<ImportProblem, String> value) {
        TableColumn<ImportProblem, String> column = new TableColumn<>(i18n.text(key));
        column.setCellValueFactory(c -> (ObservableValue<String>) new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    /*
     * A Text, not a Label: a wrapped Text reports the height of all its lines, so the row grows to show the whole
     * message; a Label asks for one line's height and ends in "…".
     */
    private static TableCell<ImportProblem, String> wrapping(TableColumn<ImportProblem, String> column) {
        Text text = new Text();
        text.getStyleClass().add("tata-cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
        TableCell<ImportProblem, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
                setGraphic(empty ? null : text);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        };
        cell.getStyleClass().add("tata-wrap-cell");
        return cell;
    }
}
