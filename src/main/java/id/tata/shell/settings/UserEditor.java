package id.tata.shell.settings;

import id.tata.shell.ModuleContext;
import id.tata.workspace.user.Role;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Add an account, or change an existing one's name, role and whether it may log in. */
final class UserEditor {
    private final UsersViewModel model;
    private final UserForm form;
    private final ModuleContext context;

    UserEditor(UsersViewModel model, UserForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
    }

    void show(Window owner) {
        boolean adding = form.original() == null;
        TextField username = FormParts.field("userUsername", form.username());
        username.setDisable(!adding); // the log-in name is what the audit log refers to: it never changes
        TextField fullName = FormParts.field("userFullName", form.fullName());
        fullName.setPrefColumnCount(28);
        ComboBox<Role> role = new ComboBox<>();
        role.setId("userRole");
        role.getItems().setAll(Role.values());
        role.setConverter(FormParts.converter(model::roleLabel));
        role.valueProperty().bindBidirectional(form.role());
        role.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = FormParts.grid();
        row(grid, "user.ui.column.username", username, form.usernameError(), "userUsernameError");
        row(grid, "user.ui.column.fullName", fullName, form.fullNameError(), "userFullNameError");
        row(grid, "user.ui.column.role", role, null, null);
        if (adding) {
            row(grid, "user.ui.field.password", password("userPassword", form.password()), form.passwordError(),
                    "userPasswordError");
            row(grid, "user.ui.field.confirmation", password("userConfirmation", form.confirmation()),
                    form.confirmationError(), "userConfirmationError");
        } else {
            CheckBox active = new CheckBox(t("user.ui.field.active"));
            active.setId("userActive");
            active.selectedProperty().bindBidirectional(form.active());
            grid.add(active, 1, grid.getRowCount());
        }
        Stage[] stage = new Stage[1];
        Button save = FormParts.button("userSave", t("settings.ui.save"));
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.busy());
        save.setOnAction(e -> {
            if (!form.deactivates() || context.dialogs().confirm(t("user.ui.deactivate.title"),
                    t("user.ui.deactivate.confirm", form.username().get()))) {
                model.save(form, stage[0]::close);
            }
        });
        Button cancel = FormParts.button("userCancel", t("settings.ui.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage[0].close());
        VBox root = new VBox(grid, FormParts.errorLine(form.generalError(), "userFormError"),
                FormParts.buttons(cancel, save));
        stage[0] = FormParts.dialog(root, t(adding ? "user.ui.addTitle" : "user.ui.editTitle"), owner);
        stage[0].setOnHidden(e -> form.forgetPasswords());
        FormParts.growWith(stage[0], form.usernameError(), form.fullNameError(), form.passwordError(),
                form.confirmationError(), form.generalError());
        stage[0].show();
        (adding ? username : fullName).requestFocus();
    }

    static PasswordField password(String id, StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void row(GridPane grid, String key, Node field, StringProperty error, String errorId) {
        grid.addRow(grid.getRowCount(), FormParts.label(t(key), field), FormParts.cell(field, error, errorId));
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
