// STAND-IN: replaced by the common branch
package id.tata.common.ui;

import id.tata.common.l10n.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.util.function.Supplier;

/** Message boxes with the user's language on the buttons (JavaFX has no Indonesian texts of its own). */
public class DialogService {
    private final Supplier<Window> owner;
    private final Supplier<I18n> i18n;

    public DialogService(Supplier<Window> owner, Supplier<I18n> i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    public void error(String title, String message) {
        show(Alert.AlertType.ERROR, title, message, new ButtonType(text("shell.dialog.ok"), ButtonBar.ButtonData.OK_DONE));
    }

    public void info(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message,
                new ButtonType(text("shell.dialog.ok"), ButtonBar.ButtonData.OK_DONE));
    }

    /** True when the user chose yes. */
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(text("shell.dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(text("shell.dialog.no"), ButtonBar.ButtonData.NO);
        return show(Alert.AlertType.CONFIRMATION, title, message, yes, no) == yes;
    }

    private ButtonType show(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A Label that wraps, so long paths in error messages are not cut off with "…".
        Label body = new Label(message);
        body.setWrapText(true);
        body.setMaxWidth(480);
        alert.getDialogPane().setContent(body);
        return alert.showAndWait().orElse(null);
    }

    private String text(String key) {
        return i18n.get().text(key);
    }
}
