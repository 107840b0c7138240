package id.tata.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Tentang Tata: version, licence, who it is for. */
final class AboutDialog {
    private AboutDialog() {}

    static void show(Shell shell) {
        Alert alert = new Alert(Alert.AlertType.NONE, "",
                new ButtonType(shell.text("shell.dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(shell.stage());
        alert.setTitle(shell.text("about.title"));
        alert.setHeaderText(shell.text("about.heading", version()));
        VBox body = new VBox(line(shell.text("about.purpose")), line(shell.text("about.licence")),
                line(shell.text("about.runtime", System.getProperty("java.version"),
                        System.getProperty("javafx.runtime.version", "?"))));
        body.getStyleClass().add("tata-about");
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().getStylesheets().add(Shell.STYLESHEET);
        alert.show();
    }

    /** From the jar manifest when packaged; "dev" when run from classes. */
    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }
}
