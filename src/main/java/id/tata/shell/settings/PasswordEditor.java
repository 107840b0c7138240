package id.tata.shell.settings;

import id.tata.shell.ModuleContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Sets a new password for an account, typed twice; the admin tells the user the new password in person. */
final class PasswordEditor {
    private final UsersViewModel model;
    private final UserForm form;
    private final ModuleContext context;

    PasswordEditor(UsersViewModel model, UserForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
    }

    void show(Window owner) {
        Label hint = new Label(t("user.ui.resetPassword.hint", form.original().username(),
                form.original().fullName()));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        PasswordField password = UserEditor.password("userNewPassword", form.password());
        PasswordField confirmation = UserEditor.password("userNewConfirmation", form.confirmation());
        GridPane grid = FormParts.grid();
        grid.addRow(0, FormParts.label(t("user.ui.field.password"), password),
                FormParts.cell(password, form.passwordError(), "userNewPasswordError"));
        grid.addRow(1, FormParts.label(t("user.ui.field.confirmation"), confirmation),
                FormParts.cell(confirmation, form.confirmationError(), "userNewConfirmationError"));
        Stage[] stage = new Stage[1];
        Button save = FormParts.button("userPasswordSave", t("user.ui.resetPassword"));
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.busy());
        save.setOnAction(e -> model.resetPassword(form, stage[0]::close));
        Button cancel = FormParts.button("userPasswordCancel", t("settings.ui.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage[0].close());
        VBox root = new VBox(hint, grid, FormParts.errorLine(form.generalError(), "userPasswordFormError"),
                FormParts.buttons(cancel, save));
        stage[0] = FormParts.dialog(root, t("user.ui.resetPassword.title"), owner);
        stage[0].setOnHidden(e -> form.forgetPasswords());
        FormParts.growWith(stage[0], form.passwordError(), form.confirmationError(), form.generalError());
        stage[0].show();
        password.requestFocus();
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
