package id.tata.shell;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** No workspace open: open one, create one, try the sample, or pick a recent one. */
final class StartView {
    private final Shell shell;

    StartView(Shell shell) {
        this.shell = shell;
    }

    Parent build() {
        WorkspaceActions actions = new WorkspaceActions(shell);
        Button open = button("startOpen", shell.text("shell.menu.open"), new FontIcon(Material2AL.FOLDER_OPEN));
        open.setOnAction(e -> actions.openWithChooser());
        Button create = button("startNew", shell.text("shell.menu.new"), new FontIcon(Material2AL.CREATE_NEW_FOLDER));
        create.setOnAction(e -> actions.createWithChooser());
        Button sample = button("startSample", shell.text("shell.start.sample"), new FontIcon(Material2MZ.SCHOOL));
        sample.setOnAction(e -> shell.start(null));
        List<Node> nodes = new ArrayList<>(List.of(Forms.title(shell.text("shell.start.title")),
                Forms.hint(shell.text("shell.start.hint")), open, create, sample));
        List<Path> recent = shell.context().preferences().recentWorkspaces();
        if (!recent.isEmpty()) {
            VBox links = new VBox();
            for (Path file : recent) {
                Hyperlink link = new Hyperlink(file.getFileName().toString());
                link.setTooltip(new javafx.scene.control.Tooltip(file.toString()));
                link.setOnAction(e -> shell.open(file, false));
                links.getChildren().add(link);
            }
            nodes.add(Forms.hint(shell.text("shell.menu.recent")));
            nodes.add(links);
        }
        return Forms.card(nodes.toArray(Node[]::new));
    }

    private static Button button(String id, String text, FontIcon icon) {
        Button b = new Button(text, icon);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }
}
