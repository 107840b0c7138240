package id.tata.raci.ui;

import id.tata.raci.domain.RaciLetter;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciSummary;
import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import id.tata.shell.PageHeader;
import id.tata.shell.settings.FormParts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;

/**
 * Matriks RACI: the matrices on the left, the open one as a keyboard grid in the middle, its legend and warnings on
 * the right. Users without ORGANIZATION_EDIT see everything read-only.
 */
final class RaciView implements ModuleView {
    private final RaciViewModel model;
    private final ModuleContext context;
    private final RaciFiles files;
    private final BorderPane root = new BorderPane();
    private final ComboBox<RaciSummary> list = new ComboBox<>();
    private final VBox legend = new VBox(4);
    private final Label matrixTitle = new Label();
    private final Label matrixSource = new Label();
    private final RaciGrid grid;
    private boolean selecting;

    RaciView(RaciViewModel model, ModuleContext context, RaciFiles files) {
        this.model = model;
        this.context = context;
        this.files = files;
        this.grid = new RaciGrid(model, context.i18n(), this::renameParty, t("raci.ui.empty"));
        build();
        model.reload();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        model.reload();
    }

    private void build() {
        Label chooserLabel = new Label(t("raci.ui.matrix"));
        chooserLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox actions = toolbar(chooserLabel, matrixChooser(),
                button("raciNew", "raci.ui.new", Material2MZ.NOTE_ADD, true, this::createEmpty),
                button("raciFromTemplate", "raci.ui.fromTemplate", Material2AL.LIBRARY_BOOKS, true,
                        this::createFromTemplate),
                button("raciImport", "raci.ui.import", Material2AL.FILE_UPLOAD, true, this::importFile),
                button("raciExport", "raci.ui.export", Material2AL.GET_APP, false, this::export),
                button("raciDelete", "raci.ui.delete", Material2AL.DELETE, true, this::delete));
        Label status = new Label();
        status.setId("raciStatus");
        status.textProperty().bind(model.status());
        status.getStyleClass().add("text-muted");
        status.visibleProperty().bind(model.status().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        root.setTop(PageHeader.of(t("raci.ui.title"), t(model.canEdit() ? "raci.ui.hint" : "raci.ui.hintReadOnly"),
                actions, status, FormParts.errorLine(model.error(), "raciError")));
        root.setCenter(editor());
        root.setRight(side());
        root.getStyleClass().add("tata-page");
        model.matrix().addListener((obs, old, now) -> showMatrix(now));
        // the combo box settles its own selection after a change of its items; choose the open matrix after that
        model.matrices().addListener((javafx.collections.ListChangeListener<RaciSummary>) c ->
                javafx.application.Platform.runLater(this::selectCurrent));
    }

    private Node matrixChooser() {
        list.setId("raciList");
        list.setItems(model.matrices());
        list.setPrefWidth(340);
        list.setMinWidth(160);
        HBox.setHgrow(list, Priority.SOMETIMES);
        list.setPromptText(t("raci.ui.list.empty"));
        list.setConverter(FormParts.converter(s -> s.title() + " — "
                + t("raci.ui.template.size", s.tasks(), s.parties())));
        list.valueProperty().addListener((obs, old, now) -> {
            if (!selecting && now != null) {
                model.open(now.id());
            }
        });
        return list;
    }

    private Node editor() {
        matrixTitle.setId("raciMatrixTitle");
        matrixTitle.getStyleClass().add("title-4");
        matrixTitle.setWrapText(true);
        matrixSource.setId("raciMatrixSource");
        matrixSource.getStyleClass().add("text-muted");
        matrixSource.setWrapText(true);
        matrixSource.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        matrixTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label keys = wrapped(t("raci.ui.keys"));
        keys.getStyleClass().addAll("text-small", "text-muted");
        keys.setVisible(model.canEdit());
        keys.setManaged(model.canEdit());
        grid.table().setMinSize(200, 160);
        VBox box = new VBox(6, matrixTitle, matrixSource, editBar(), grid.table(), keys);
        VBox.setVgrow(grid.table(), Priority.ALWAYS);
        box.setMinWidth(220);
        return box;
    }

    private Node editBar() {
        HBox bar = toolbar(
                icon("raciTaskAbove", "raci.ui.taskAbove", Material2MZ.VERTICAL_ALIGN_TOP, () -> insertTask(0)),
                icon("raciTaskBelow", "raci.ui.taskBelow", Material2MZ.VERTICAL_ALIGN_BOTTOM, () -> insertTask(1)),
                icon("raciTaskUp", "raci.ui.taskUp", Material2AL.ARROW_UPWARD, () -> moveTask(-1)),
                icon("raciTaskDown", "raci.ui.taskDown", Material2AL.ARROW_DOWNWARD, () -> moveTask(1)),
                icon("raciTaskDelete", "raci.ui.taskDelete", Material2MZ.REMOVE_CIRCLE_OUTLINE,
                        () -> model.deleteTask(grid.task())),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                icon("raciPartyAdd", "raci.ui.partyAdd", Material2MZ.VIEW_COLUMN, this::addParty),
                icon("raciPartyLeft", "raci.ui.partyLeft", Material2AL.ARROW_BACK, () -> moveParty(-1)),
                icon("raciPartyRight", "raci.ui.partyRight", Material2AL.ARROW_FORWARD, () -> moveParty(1)),
                icon("raciPartyRename", "raci.ui.partyRename", Material2AL.EDIT, () -> renameParty(grid.party())),
                icon("raciPartyDelete", "raci.ui.partyDelete", Material2AL.DELETE_SWEEP,
                        () -> model.deleteParty(grid.party())),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                icon("raciHeader", "raci.ui.header", Material2AL.INFO, this::editHeader),
                icon("raciLetters", "raci.ui.letters", Material2MZ.SORT_BY_ALPHA, this::editLetters));
        bar.disableProperty().bind(model.matrix().isNull());
        bar.setVisible(model.canEdit());
        bar.setManaged(model.canEdit());
        return bar;
    }

    private Node side() {
        legend.setId("raciLegend");
        Spinner<Integer> overload = new Spinner<>(1, 500, model.overload().get());
        overload.setId("raciOverload");
        overload.setEditable(true);
        overload.setPrefWidth(90);
        overload.valueProperty().addListener((obs, old, now) -> model.overload().set(now));
        HBox threshold = new HBox(6, wrapped(t("raci.ui.overload")), overload);
        threshold.setAlignment(Pos.CENTER_LEFT);
        ListView<WarningRow> warnings = new ListView<>(model.warnings());
        warnings.setId("raciWarnings");
        warnings.setPlaceholder(wrapped(t("raci.validate.none")));
        warnings.setCellFactory(v -> RaciDialogs.wrapping(warnings, WarningRow::text));
        warnings.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showWarning(now));
        VBox.setVgrow(warnings, Priority.ALWAYS);
        Button export = button("raciExportWarnings", "raci.ui.exportWarnings", Material2AL.GET_APP, false,
                this::exportWarnings);
        Label legendTitle = heading(t("raci.ui.legend"));
        Label warningsTitle = heading(t("raci.ui.warnings"));
        warningsTitle.setId("raciWarningsTitle");
        model.warnings().addListener((javafx.collections.ListChangeListener<WarningRow>) c ->
                warningsTitle.setText(t("raci.ui.warningsCount", model.warnings().size())));
        VBox side = new VBox(8, legendTitle, legend, new Separator(), warningsTitle, threshold, warnings, export);
        side.setPrefWidth(270);
        side.setMinWidth(220);
        side.setMaxWidth(270);
        BorderPane.setMargin(side, new Insets(0, 0, 0, 8));
        return side;
    }

    private void showMatrix(RaciMatrix m) {
        matrixTitle.setText(m == null ? "" : m.title());
        matrixSource.setText(m == null || m.source().isBlank() ? "" : t("raci.ui.template.source", m.source()));
        legend.getChildren().clear();
        if (m != null) {
            for (RaciLetter letter : m.letters()) {
                Label line = wrapped(t("raci.ui.legendLine", letter.code(), letter.name(), letter.meaning()));
                legend.getChildren().add(line);
            }
        }
        selectCurrent();
    }

    /** Keeps the list's selection on the open matrix without reopening it. */
    private void selectCurrent() {
        RaciMatrix m = model.matrix().get();
        selecting = true;
        try {
            model.matrices().stream().filter(s -> m != null && m.id() != null && s.id() == m.id()).findFirst()
                    .ifPresentOrElse(list::setValue, () -> list.setValue(null));
        } finally {
            selecting = false;
        }
    }

    private void showWarning(WarningRow row) {
        RaciMatrix m = model.matrix().get();
        if (row == null || m == null) {
            return;
        }
        if (row.warning().task() != null) {
            grid.select(row.warning().task() - 1, -1);
        } else {
            int party = m.parties().stream().map(p -> p.name()).toList().indexOf(row.warning().party());
            grid.reveal(Math.max(0, grid.task()), party);
        }
    }

    // --- actions ------------------------------------------------------------------------------------------------

    private void createEmpty() {
        dialogs().text(t("raci.ui.new.title"), t("raci.ui.new.prompt"), t("raci.ui.new.default"))
                .ifPresent(model::create);
    }

    private void createFromTemplate() {
        model.templates(all -> dialogs().template(all).ifPresent(tpl -> model.createFromTemplate(tpl.code())));
    }

    private void importFile() {
        files.open(t("raci.ui.import.choose"), List.of("xlsx", "csv")).ifPresent(file -> model.preview(file,
                preview -> {
                    if (dialogs().preview(file.getFileName().toString(), preview,
                            model::problem)) {
                        model.applyImport(preview);
                    }
                }));
    }

    private void export() {
        if (model.matrix().get() != null) {
            files.save(t("raci.ui.export.choose"), List.of("xlsx", "csv")).ifPresent(model::export);
        }
    }

    private void exportWarnings() {
        if (model.matrix().get() != null) {
            files.save(t("raci.ui.exportWarnings.choose"), List.of("csv")).ifPresent(model::exportWarnings);
        }
    }

    private void delete() {
        RaciMatrix m = model.matrix().get();
        if (m != null && context.dialogs().confirm(t("raci.ui.delete.title"), t("raci.ui.delete.confirm", m.title()))) {
            model.deleteCurrent();
        }
    }

    private void insertTask(int below) {
        int at = model.matrix().get() == null || model.matrix().get().tasks().isEmpty() ? 0
                : Math.max(0, grid.task()) + below;
        if (model.insertTask(at, t("raci.ui.newTask"))) {
            grid.editTask(at);
        }
    }

    private void moveTask(int by) {
        int task = grid.task();
        int party = grid.party();
        if (model.moveTask(task, by)) {
            grid.select(task + by, party);
        }
    }

    private void addParty() {
        RaciMatrix m = model.matrix().get();
        if (m == null) {
            return;
        }
        int at = grid.party() < 0 ? m.parties().size() : grid.party() + 1;
        dialogs().text(t("raci.ui.partyAdd"), t("raci.ui.party.prompt"), "").ifPresent(name -> {
            if (model.insertParty(at, name)) {
                grid.select(Math.max(0, grid.task()), at);
            }
        });
    }

    private void moveParty(int by) {
        int party = grid.party();
        int task = grid.task();
        if (party >= 0 && model.moveParty(party, by)) {
            grid.select(task, party + by);
        }
    }

    private void editHeader() {
        RaciMatrix m = model.matrix().get();
        if (m != null) {
            dialogs().header(m.title(), m.purpose(), m.source()).ifPresent(h -> model.editHeader(h[0], h[1], h[2]));
        }
    }

    private void editLetters() {
        RaciMatrix m = model.matrix().get();
        if (m != null) {
            dialogs().letters(RaciEdits.lettersText(m)).ifPresent(model::editLetters);
        }
    }

    private void renameParty(int party) {
        RaciMatrix m = model.matrix().get();
        if (m == null || party < 0 || party >= m.parties().size()) {
            return;
        }
        dialogs().text(t("raci.ui.partyRename"), t("raci.ui.party.prompt"), m.parties().get(party).name())
                .ifPresent(name -> model.renameParty(party, name));
    }

    // --- parts --------------------------------------------------------------------------------------------------

    private RaciDialogs dialogs() {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        return new RaciDialogs(context.i18n(), owner);
    }

    private Button button(String id, String key, Ikon icon, boolean edits, Runnable action) {
        Button button = new Button(t(key), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (edits && !model.canEdit()) {
            button.setDisable(true);
        }
        return button;
    }

    private Button icon(String id, String key, Ikon icon, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(t(key)));
        button.getStyleClass().addAll("button-icon", "flat");
        button.setOnAction(e -> action.run());
        return button;
    }

    private static HBox toolbar(Node... nodes) {
        HBox bar = new HBox(6, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tata-toolbar");
        return bar;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // or the last line turns into "…"
        return label;
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
