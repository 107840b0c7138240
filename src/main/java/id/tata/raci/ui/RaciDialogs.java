package id.tata.raci.ui;

import id.tata.common.l10n.I18n;
import id.tata.importing.ImportProblem;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciParty;
import id.tata.raci.domain.RaciTemplate;
import id.tata.raci.service.RaciImportPreview;
import id.tata.shell.Shell;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The small dialogs of the page: a name, a template to start from, the preview of an import. */
final class RaciDialogs {
    private final I18n i18n;
    private final Window owner;

    RaciDialogs(I18n i18n, Window owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    /** A line of text (a title, a party's name); empty when cancelled. */
    Optional<String> text(String title, String prompt, String initial) {
        TextField field = new TextField(initial);
        field.setId("raciTextInput");
        field.setPrefColumnCount(40);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(new VBox(6, new Label(prompt), field));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(e -> field.requestFocus());
        prepare(dialog);
        return dialog.showAndWait();
    }

    /** Title, purpose and source of a matrix; empty when cancelled. */
    Optional<String[]> header(String title, String purpose, String source) {
        TextField t = new TextField(title);
        t.setId("raciHeaderTitle");
        t.setPrefColumnCount(50);
        javafx.scene.control.TextArea p = new javafx.scene.control.TextArea(purpose);
        p.setWrapText(true);
        p.setPrefRowCount(3);
        javafx.scene.control.TextArea s = new javafx.scene.control.TextArea(source);
        s.setWrapText(true);
        s.setPrefRowCount(3);
        Dialog<String[]> dialog = new Dialog<>();
        dialog.setTitle(i18n.text("raci.ui.header"));
        dialog.getDialogPane().setContent(new VBox(6, new Label(i18n.text("raci.ui.header.title")), t,
                new Label(i18n.text("raci.ui.header.purpose")), p, new Label(i18n.text("raci.ui.header.source")), s));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new String[]{t.getText(), p.getText(), s.getText()}
                : null);
        prepare(dialog);
        return dialog.showAndWait();
    }

    /** The letter set, one per line "KODE | Nama | Arti"; empty when cancelled. */
    Optional<String> letters(String current) {
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(current);
        area.setId("raciLettersInput");
        area.setPrefColumnCount(60);
        area.setPrefRowCount(8);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(i18n.text("raci.ui.letters"));
        dialog.getDialogPane().setContent(new VBox(6, new Label(i18n.text("raci.ui.letters.prompt")), area));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        prepare(dialog);
        return dialog.showAndWait();
    }

    Optional<RaciTemplate> template(List<RaciTemplate> templates) {
        ListView<RaciTemplate> list = new ListView<>();
        list.getItems().setAll(templates);
        list.setId("raciTemplateList");
        list.setPrefSize(620, 380);
        list.setCellFactory(v -> wrapping(list, t -> t.matrix().title() + "\n"
                + i18n.text("raci.ui.template.size", t.matrix().tasks().size(), t.matrix().parties().size())
                + "\n" + i18n.text("raci.ui.template.source", t.matrix().source())));
        list.getSelectionModel().selectFirst();
        Dialog<RaciTemplate> dialog = new Dialog<>();
        dialog.setTitle(i18n.text("raci.ui.template.title"));
        dialog.getDialogPane().setContent(new VBox(8, muted(i18n.text("raci.ui.template.hint")), list));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        prepare(dialog);
        return dialog.showAndWait();
    }

    /** Shows what the file would become, or its problems; true when the user chose to import it. */
    boolean preview(String file, RaciImportPreview preview, Function<ImportProblem, String> problemText) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(i18n.text("raci.ui.import.title", file));
        VBox content = new VBox(8);
        boolean good = preview.problems().isEmpty() && preview.matrix() != null;
        if (good) {
            RaciMatrix m = preview.matrix();
            content.getChildren().addAll(new Label(i18n.text("raci.ui.import.good", m.tasks().size(),
                    m.parties().size())), muted(m.parties().stream().map(RaciParty::name)
                    .collect(Collectors.joining(" · "))));
        } else {
            Label summary = new Label(i18n.text("raci.ui.import.bad", preview.problems().size()));
            summary.getStyleClass().add("danger");
            ListView<String> problems = new ListView<>();
            problems.setId("raciImportProblems");
            problems.getItems().setAll(preview.problems().stream().map(problemText::apply).toList());
            problems.setPrefSize(600, 260);
            content.getChildren().addAll(summary, problems);
        }
        dialog.getDialogPane().setContent(content);
        // with problems there is nothing to apply: all or nothing
        dialog.getDialogPane().getButtonTypes().setAll(good ? List.of(ButtonType.OK, ButtonType.CANCEL)
                : List.of(ButtonType.CLOSE));
        dialog.setResultConverter(b -> b == ButtonType.OK);
        prepare(dialog);
        return dialog.showAndWait().orElse(false);
    }

    /**
     * A list cell whose text wraps to the list's width instead of widening it: a Text node with its wrapping width
     * bound, since a wrapping Labeled in a ListCell keeps cutting the last line.
     */
    static <T> ListCell<T> wrapping(ListView<T> list, Function<T, String> text) {
        return new ListCell<>() {
            private final Text shown = new Text();

            {
                shown.wrappingWidthProperty().bind(list.widthProperty().subtract(36));
                shown.fillProperty().bind(textFillProperty());
                shown.fontProperty().bind(fontProperty());
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                shown.setText(empty || item == null ? "" : text.apply(item));
                setGraphic(empty || item == null ? null : shown);
            }
        };
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMaxWidth(600);
        return label;
    }

    private void prepare(Dialog<?> dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().getStylesheets().add(Shell.STYLESHEET);
        dialog.setResizable(true);
    }
}
