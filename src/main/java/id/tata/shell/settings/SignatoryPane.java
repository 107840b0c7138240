package id.tata.shell.settings;

import id.tata.common.ui.Toolbars;
import id.tata.shell.ModuleContext;
import id.tata.workspace.settings.Signatory;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;

/** The signatories table with add, edit and delete. */
final class SignatoryPane {
    private final SettingsViewModel model;
    private final ModuleContext context;
    private final TableView<Signatory> table = new TableView<>();

    SignatoryPane(SettingsViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
    }

    Node build() {
        Button add = new Button(t("settings.ui.signatory.add"), new FontIcon(Material2AL.ADD));
        add.setId("signatoryAdd");
        add.getStyleClass().add("accent");
        add.setDisable(!model.canEdit());
        add.setOnAction(e -> edit(null));
        Button change = new Button(t("settings.ui.signatory.edit"), new FontIcon(Material2AL.EDIT));
        change.setId("signatoryEdit");
        BooleanBinding blocked = table.getSelectionModel().selectedItemProperty().isNull();
        change.setDisable(!model.canEdit());
        Button delete = new Button(t("settings.ui.signatory.delete"), new FontIcon(Material2AL.DELETE));
        delete.setId("signatoryDelete");
        delete.getStyleClass().add("danger");
        if (model.canEdit()) {
            change.disableProperty().bind(blocked);
            delete.disableProperty().bind(blocked);
        } else {
            delete.setDisable(true);
        }
        change.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        delete.setOnAction(e -> delete(table.getSelectionModel().getSelectedItem()));
        Label hint = new Label(t("settings.ui.signatory.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox toolbar = new HBox(hint, add, change, delete);
        Toolbars.keepButtonLabels(toolbar);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("tata-toolbar");
        VBox box = new VBox(10, toolbar, table());
        box.getStyleClass().add("tata-tab-content");
        return box;
    }

    private TableView<Signatory> table() {
        table.setId("signatoryTable");
        table.setItems(model.signatories());
        table.getColumns().setAll(List.of(
                Columns.fixed(Columns.text(t("settings.ui.signatory.column.role"), s -> model.roleLabel(s.role()), 165)),
                Columns.text(t("settings.ui.signatory.column.name"), Signatory::name, 170),
                Columns.text(t("settings.ui.signatory.column.position"), Signatory::positionTitle, 230),
                Columns.fixed(Columns.text(t("settings.ui.signatory.column.nip"),
                        s -> s.nip() == null ? "" : s.nip(), 185)),
                Columns.text(t("settings.ui.signatory.column.rank"), Signatory::rank, 150),
                Columns.fixed(Columns.text(t("settings.ui.signatory.column.default"),
                        s -> s.isDefault() ? t("settings.ui.yes") : "", 80))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(t("settings.ui.signatory.empty"));
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<Signatory> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && model.canEdit()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Signatory selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && model.canEdit() && e.getCode() == KeyCode.DELETE) {
                delete(selected);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private void edit(Signatory signatory) {
        SignatoryForm form = signatory == null ? model.newSignatoryForm() : model.editSignatoryForm(signatory);
        new SignatoryEditor(model, form, context).show(table.getScene().getWindow());
    }

    private void delete(Signatory signatory) {
        if (signatory != null && context.dialogs().confirm(t("settings.ui.signatory.deleteTitle"),
                t("settings.ui.signatory.deleteConfirm", signatory.name()))) {
            model.deleteSignatory(signatory,
                    message -> context.dialogs().showError(t("settings.ui.signatory.deleteTitle"), message));
        }
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
