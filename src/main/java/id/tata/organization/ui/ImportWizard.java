package id.tata.organization.ui;

import id.tata.importing.ImportField;
import id.tata.organization.ui.ImportWizardModel.Step;
import id.tata.shell.ModuleContext;
import id.tata.shell.Shell;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.Map;

/**
 * The import wizard's window: three steps in one window (file, mapping, preview) with Back and the step's own
 * forward button. The file chooser is only a way to call {@link ImportWizardModel#chooseFile}.
 */
final class ImportWizard {
    private final ImportWizardModel model;
    private final ModuleContext context;
    private final Runnable onImported;
    private final Stage stage = new Stage();

    ImportWizard(ImportWizardModel model, ModuleContext context, Runnable onImported) {
        this.model = model;
        this.context = context;
        this.onImported = onImported;
    }

    void show(Window owner) {
        Label title = new Label(text(model.kind().key("import.ui", "title")));
        title.getStyleClass().add("title-3");
        Label stepLabel = new Label();
        stepLabel.setId("importStep");
        stepLabel.getStyleClass().add("text-muted");
        stepLabel.textProperty().bind(Bindings.createStringBinding(() -> text("import.ui.step",
                model.step().get().ordinal() + 1, text("import.ui.step." + model.step().get().name())),
                model.step()));
        Map<Step, Node> pages = Map.of(Step.FILE, new ImportFilePage(model, context, this::chooseFile).node(),
                Step.MAPPING, mappingPage(), Step.PREVIEW, new ImportPreviewPage(model, context.i18n()).node());
        StackPane content = new StackPane(pages.values().toArray(Node[]::new));
        pages.forEach((step, page) -> page.visibleProperty().bind(model.step().isEqualTo(step)));
        VBox.setVgrow(content, Priority.ALWAYS);
        Label error = new Label();
        error.setId("importError");
        error.getStyleClass().addAll("danger", "tata-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorText());
        error.visibleProperty().bind(model.errorText().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox root = new VBox(new VBox(2, title, stepLabel), content, error, buttons());
        root.setId("importWizard");
        root.getStyleClass().add("tata-dialog");
        root.setPrefSize(720, 560);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(title.getText());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.show();
    }

    private void chooseFile() {
        context.dialogs().chooseOpenFile(text("import.ui.file.choose.title"), List.of("xlsx", "csv"))
                .ifPresent(model::chooseFile);
    }

    private HBox buttons() {
        Button cancel = button("importCancel", "import.ui.cancel", stage::close);
        cancel.setCancelButton(true);
        Button back = button("importBack", "import.ui.back", model::back);
        back.visibleProperty().bind(model.step().isNotEqualTo(Step.FILE));
        Button next = button("importNext", "import.ui.next", model::next);
        next.visibleProperty().bind(model.step().isEqualTo(Step.FILE));
        next.disableProperty().bind(model.file().isNull().or(model.busy()));
        Button check = button("importCheck", "import.ui.check", model::check);
        check.visibleProperty().bind(model.step().isEqualTo(Step.MAPPING));
        check.setDefaultButton(true);
        Button apply = button("importApply", "import.ui.apply", () -> model.apply(this::imported));
        apply.setGraphic(new FontIcon(Material2AL.FILE_UPLOAD));
        apply.getStyleClass().add("accent");
        apply.visibleProperty().bind(model.step().isEqualTo(Step.PREVIEW));
        apply.disableProperty().bind(model.canApply().not());
        for (Button b : List.of(back, next, check, apply)) {
            b.managedProperty().bind(b.visibleProperty());
            if (b != next && b != apply) {
                b.disableProperty().bind(model.busy());
            }
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(cancel, spacer, back, next, check, apply);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("tata-buttons");
        return buttons;
    }

    private void imported(String message) {
        stage.close();
        onImported.run();
        context.dialogs().showInfo(text(model.kind().key("import.ui", "title")), message);
    }

    /** One row per target field: its label ("*" when required) and the file's column that feeds it. */
    private Node mappingPage() {
        Label intro = new Label(text("import.ui.map.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Label file = new Label();
        file.textProperty().bind(model.fileSummary());
        file.getStyleClass().add("text-muted");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tata-form");
        for (ImportField field : model.fields()) {
            Label label = new Label(model.fieldLabel(field));
            label.setMinWidth(Label.USE_PREF_SIZE);
            ComboBox<String> box = new ComboBox<>(model.headerChoices());
            box.setId("importMap-" + field.name());
            box.setConverter(labels());
            box.valueProperty().bindBidirectional(model.mappingOf(field.name()));
            box.setPrefWidth(320);
            label.setLabelFor(box);
            Label missing = new Label(text("import.ui.map.required"));
            missing.getStyleClass().addAll("danger", "tata-error");
            missing.visibleProperty().bind(model.missing(field));
            grid.addRow(grid.getRowCount(), label, box, missing);
        }
        CheckBox update = new CheckBox(text("import.ui.updateExisting"));
        update.setId("importUpdateExisting");
        update.selectedProperty().bindBidirectional(model.updateExisting());
        Label updateHint = new Label(text(model.kind().key("import.ui", "updateHint")));
        updateHint.getStyleClass().add("text-muted");
        updateHint.setWrapText(true);
        updateHint.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox page = new VBox(10, intro, file, scroll, update, updateHint);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return page;
    }

    private StringConverter<String> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(String header) {
                return model.choiceLabel(header);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("columns are picked, not typed");
            }
        };
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(text(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
