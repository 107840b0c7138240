package id.tata.shell.settings;

import id.tata.common.ui.Toolbars;
import id.tata.shell.ModuleContext;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;

/** The number patterns per document type, with the number each would give next, and an edit dialog. */
final class PatternPane {
    private final SettingsViewModel model;
    private final ModuleContext context;
    private final TableView<PatternRow> table = new TableView<>();

    PatternPane(SettingsViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
    }

    Node build() {
        Label hint = new Label(t("settings.ui.pattern.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button change = new Button(t("settings.ui.pattern.edit"), new FontIcon(Material2AL.EDIT));
        change.setId("patternEdit");
        if (model.canEdit()) {
            change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        } else {
            change.setDisable(true);
        }
        change.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        HBox toolbar = new HBox(hint, change);
        Toolbars.keepButtonLabels(toolbar);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("tata-toolbar");
        VBox box = new VBox(10, toolbar, table());
        box.getStyleClass().add("tata-tab-content");
        return box;
    }

    private TableView<PatternRow> table() {
        table.setId("patternTable");
        table.setItems(model.patterns());
        table.getColumns().setAll(List.of(
                Columns.text(t("settings.ui.pattern.column.type"),
                        r -> model.documentTypeLabel(r.pattern().documentType()), 190),
                Columns.text(t("settings.ui.pattern.column.pattern"), r -> r.pattern().pattern(), 260),
                Columns.text(t("settings.ui.pattern.column.description"), r -> r.pattern().description(), 200),
                Columns.text(t("settings.ui.pattern.column.next"), PatternRow::nextNumber, 270)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> {
            TableRow<PatternRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && model.canEdit()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private void edit(PatternRow row) {
        if (row != null && model.canEdit()) {
            new PatternEditor(model, model.patternForm(row), context).show(table.getScene().getWindow());
        }
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
