package id.tata.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The top of a module page: its title, a wrapping hint in muted text, then whatever the page adds (toolbar, status). */
public final class PageHeader {
    private PageHeader() {
    }

    public static VBox of(String title, String hint, Node... below) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-2", "tata-title");
        Label explanation = new Label(hint);
        explanation.getStyleClass().add("text-muted");
        explanation.setWrapText(true);
        VBox top = new VBox(heading, explanation);
        top.getChildren().addAll(below);
        top.getStyleClass().add("tata-page-header");
        return top;
    }
}
