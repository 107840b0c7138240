package id.tata.shell.settings;

import id.tata.common.ui.Toolbars;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.workspace.user.User;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;

/** Pengguna: the accounts of the workspace, with add, change (name, role, active) and password reset. */
final class UsersView implements ModuleView {
    private final UsersViewModel model;
    private final ModuleContext context;
    private final TableView<User> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    UsersView(UsersViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
        build();
        model.reload();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        model.reload();
    }

    private void build() {
        Label title = new Label(t("user.ui.title"));
        title.getStyleClass().addAll("title-2", "tata-title");
        Button add = new Button(t("user.ui.add"), new FontIcon(Material2AL.ADD));
        add.setId("userAdd");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> new UserEditor(model, model.newForm(), context).show(window()));
        Button change = new Button(t("user.ui.edit"), new FontIcon(Material2AL.EDIT));
        change.setId("userEdit");
        change.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button password = new Button(t("user.ui.resetPassword"), new FontIcon(Material2AL.LOCK_OPEN));
        password.setId("userResetPassword");
        password.setOnAction(e -> resetPassword(table.getSelectionModel().getSelectedItem()));
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        add.setDisable(!model.canManage());
        if (model.canManage()) {
            change.disableProperty().bind(none);
            password.disableProperty().bind(none);
        } else {
            change.setDisable(true);
            password.setDisable(true);
        }
        Label hint = new Label(t("user.ui.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(add, change, password, spacer);
        Toolbars.keepButtonLabels(toolbar);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("tata-toolbar");
        Label status = new Label();
        status.setId("userStatus");
        status.getStyleClass().add("success");
        status.textProperty().bind(model.status());
        status.visibleProperty().bind(model.status().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        VBox top = new VBox(title, hint, toolbar, status, FormParts.errorLine(model.error(), "userError"));
        top.getStyleClass().add("tata-page-header");
        root.setTop(top);
        root.setCenter(table());
        root.getStyleClass().add("tata-page");
    }

    private TableView<User> table() {
        table.setId("userTable");
        table.setItems(model.users());
        table.getColumns().setAll(List.of(
                Columns.text(t("user.ui.column.username"), User::username, 160),
                Columns.text(t("user.ui.column.fullName"), User::fullName, 320),
                Columns.text(t("user.ui.column.role"), u -> model.roleLabel(u.role()), 140),
                Columns.text(t("user.ui.column.active"), u -> t(u.active() ? "user.ui.active" : "user.ui.inactive"),
                        110)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> {
            TableRow<User> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private void edit(User user) {
        if (user != null && model.canManage()) {
            new UserEditor(model, model.editForm(user), context).show(window());
        }
    }

    private void resetPassword(User user) {
        if (user != null && model.canManage()) {
            new PasswordEditor(model, model.passwordForm(user), context).show(window());
        }
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
