package id.tata.shell;

import id.tata.workspace.user.User;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Which file, who, and whether changes can be saved at all. */
final class StatusBar {
    private StatusBar() {}

    static Node build(Shell shell, OpenWorkspace open) {
        Label file = new Label(open.workspace().file().getFileName().toString(),
                new FontIcon(Material2AL.INSERT_DRIVE_FILE));
        file.setId("statusWorkspace");
        file.setTooltip(new Tooltip(open.workspace().file().toString()));
        User user = open.session().user();
        Label who = new Label(shell.text("shell.status.user", user.fullName(), user.username(),
                shell.text("shell.role." + user.role().name())), new FontIcon(Material2MZ.PERSON));
        who.setId("statusUser");
        Label readOnly = new Label(shell.text("shell.status.readOnly"), new FontIcon(Material2AL.LOCK));
        readOnly.setId("statusReadOnly");
        readOnly.getStyleClass().add("tata-badge");
        readOnly.setTooltip(new Tooltip(shell.text("shell.status.readOnlyHint")));
        readOnly.setVisible(open.workspace().readOnly());
        readOnly.setManaged(open.workspace().readOnly());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(file, readOnly, spacer, who);
        bar.getStyleClass().add("tata-status-bar");
        return bar;
    }
}
