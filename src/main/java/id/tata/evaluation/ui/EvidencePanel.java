package id.tata.evaluation.ui;

import id.tata.evaluation.domain.EvidenceRef;
import id.tata.shell.settings.Columns;
import id.tata.shell.settings.FormParts;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.util.List;
import java.util.function.Function;

/** The evidence files of the indicator: a table, Lampirkan / Buka / Hapus, and files dropped onto it. */
final class EvidencePanel {
    private final EvidenceModel model;
    private final Function<String, String> text;
    private final VBox root = new VBox(6);
    private final TableView<EvidenceRef> table;

    EvidencePanel(EvidenceModel model, ObservableBooleanValue canAttach, Function<String, String> text) {
        this.model = model;
        this.text = text;
        this.table = table();
        Label title = new Label(text.apply("evaluation.q.evidence"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(text.apply("evaluation.q.evidenceHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        Button attach = FormParts.button("evidenceAttach", text.apply("evaluation.q.attach"));
        attach.setGraphic(new FontIcon(Material2AL.ATTACH_FILE));
        attach.disableProperty().bind(Bindings.not(canAttach));
        attach.setOnAction(e -> model.attach(model.desktop().choose(root.getScene().getWindow(),
                text.apply("evaluation.q.attachTitle"))));
        Button open = FormParts.button("evidenceOpen", text.apply("evaluation.q.open"));
        open.setGraphic(new FontIcon(Material2MZ.OPEN_IN_NEW));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem()));
        Button remove = FormParts.button("evidenceRemove", text.apply("evaluation.q.remove"));
        remove.setGraphic(new FontIcon(Material2AL.DELETE));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.not(canAttach)));
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(8, attach, open, remove);
        root.getChildren().addAll(title, hint, table, buttons);
        root.setId("evidencePanel");
        root.setOnDragOver(e -> dragOver(e, canAttach.get()));
        root.setOnDragDropped(e -> dropped(e));
        // the panel outlines itself while files are held over it, so the user sees where to let go
        root.setOnDragEntered(e -> root.setStyle(e.getDragboard().hasFiles() && canAttach.get()
                ? "-fx-border-color: -color-accent-emphasis; -fx-border-style: dashed; -fx-border-width: 2;" : ""));
        root.setOnDragExited(e -> root.setStyle(""));
    }

    VBox node() {
        return root;
    }

    private TableView<EvidenceRef> table() {
        TableView<EvidenceRef> files = new TableView<>(model.files());
        files.setId("evidenceFiles");
        files.setPlaceholder(new Label(text.apply("evaluation.q.noEvidence")));
        files.setPrefHeight(150);
        files.getColumns().setAll(List.of(
                Columns.text(text.apply("evaluation.q.column.file"), EvidenceRef::originalName, 260),
                Columns.fixed(Columns.text(text.apply("evaluation.q.column.size"),
                        e -> EvidenceModel.size(e.size()), 80)),
                Columns.fixed(Columns.text(text.apply("evaluation.q.column.type"), e -> typeName(e.mediaType()), 90)),
                Columns.fixed(Columns.text(text.apply("evaluation.q.column.recheck"),
                        e -> e.recheck() ? text.apply("evaluation.q.recheckMark") : "", 110))));
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        files.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(files.getSelectionModel().getSelectedItem());
            }
        });
        return files;
    }

    /** "application/pdf" → "PDF", the Word / Excel / PowerPoint / OpenDocument types by their common names. */
    static String typeName(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return "";
        }
        String m = mediaType.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("wordprocessing") || m.contains("msword") || m.contains("opendocument.text")) {
            return "Word";
        }
        if (m.contains("spreadsheet") || m.contains("ms-excel")) {
            return "Excel";
        }
        if (m.contains("presentation") || m.contains("powerpoint")) {
            return "PowerPoint";
        }
        if (m.contains("ole-storage")) {
            return "Office";
        }
        if (m.contains("opendocument")) {
            return "OpenDocument";
        }
        String sub = m.substring(m.indexOf('/') + 1);
        return sub.length() <= 6 ? sub.toUpperCase(java.util.Locale.ROOT) : sub;
    }

    private static void dragOver(DragEvent e, boolean allowed) {
        if (allowed && e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = e.getDragboard().hasFiles();
        if (done) {
            model.attach(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(done);
        e.consume();
    }
}
