package id.tata.shell;

import id.tata.common.task.BackgroundTask;
import id.tata.workspace.Session;
import id.tata.workspace.WorkspaceOverview;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Beranda: whose workspace this is and how much it holds. */
final class HomeView implements ModuleView {
    private final Shell shell;
    private final OpenWorkspace open;
    private final Label heading = new Label();
    private final FlowPane figures = new FlowPane();
    private final Label noGovernment = new Label();
    private final VBox root;

    HomeView(Shell shell, OpenWorkspace open) {
        this.shell = shell;
        this.open = open;
        heading.setId("homeGovernment");
        heading.getStyleClass().addAll("title-1", "tata-title");
        heading.setWrapText(true);
        heading.setText(open.workspace().file().getFileName().toString());
        figures.setId("homeFigures");
        figures.getStyleClass().add("tata-figures");
        Label file = new Label(shell.text("shell.home.file", open.workspace().file()));
        file.getStyleClass().add("text-muted");
        file.setWrapText(true);
        noGovernment.getStyleClass().add("text-muted");
        noGovernment.setWrapText(true);
        noGovernment.managedProperty().bind(noGovernment.textProperty().isNotEmpty());
        root = new VBox(heading, file, noGovernment, figures);
        root.getStyleClass().add("tata-page");
        root.setPadding(new Insets(24));
        refresh();
    }

    @Override
    public Node node() {
        return root;
    }

    private record Summary(Optional<String> government, Map<String, Long> counts) {}

    @Override
    public void refresh() {
        Session session = open.session();
        shell.context().tasks().execute(BackgroundTask.of(shell.text("task.home"), p -> summarise(session))
                .onSuccess(this::show)
                .onFailure(e -> shell.showError(shell.text("shell.nav.home"), e)));
    }

    private Summary summarise(Session session) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Module module : shell.context().modules()) {
            if (session.can(module.requiredPermission())) {
                module.count(session).ifPresent(n -> counts.put(module.labelKey(), n));
            }
        }
        counts.put("shell.home.users", (long) shell.context().users().list(session).size());
        return new Summary(WorkspaceOverview.governmentName(session), counts);
    }

    private void show(Summary summary) {
        summary.government().ifPresent(heading::setText);
        noGovernment.setText(summary.government().isPresent() ? "" : shell.text("shell.home.noGovernment"));
        List<Node> cards = new ArrayList<>();
        summary.counts().forEach((key, n) -> cards.add(figure(shell.text(key), n)));
        figures.getChildren().setAll(cards);
    }

    private static Node figure(String label, long n) {
        Label number = new Label(String.valueOf(n));
        number.getStyleClass().addAll("title-1", "tata-figure-number");
        Label caption = new Label(label);
        caption.setWrapText(true);
        VBox card = new VBox(number, caption);
        card.getStyleClass().add("tata-figure");
        return card;
    }
}
