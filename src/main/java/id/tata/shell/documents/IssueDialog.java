package id.tata.shell.documents;

import id.tata.documents.render.DocumentFormat;
import id.tata.documents.service.DocumentChoice;
import id.tata.documents.service.DocumentType;
import id.tata.documents.service.IssueResult;
import id.tata.documents.service.NumberChoice;
import id.tata.shell.ModuleContext;
import id.tata.shell.settings.FormParts;
import id.tata.workspace.settings.PaperProfile;
import id.tata.workspace.settings.Signatory;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/**
 * "Buat dokumen": type, formats, paper, signatory, number (blank / next from the register / typed), date, folder,
 * and the outline of what will be issued, refreshed as the choices change.
 */
final class IssueDialog {
    private final DocumentsViewModel model;
    private final IssueForm form;
    private final ModuleContext context;

    IssueDialog(DocumentsViewModel model, IssueForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
    }

    void show(Window owner, Consumer<IssueResult> onIssued) {
        GridPane grid = FormParts.grid();
        row(grid, "document.ui.field.type", typeChoice());
        VBox choices = new VBox(6);
        choices.setId("documentChoices");
        javafx.scene.Node choicesLabel = FormParts.label(t("document.ui.field.choices"), choices);
        int r = grid.getRowCount();
        grid.add(choicesLabel, 0, r);
        grid.add(choices, 1, r);
        // a type without choices (the list of agencies) shows no empty row
        var hasChoices = javafx.beans.binding.Bindings.isNotEmpty(choices.getChildren());
        for (javafx.scene.Node node : List.of(choicesLabel, choices)) {
            node.visibleProperty().bind(hasChoices);
            node.managedProperty().bind(hasChoices);
        }
        form.type().addListener((obs, old, now) -> loadChoices(choices));
        loadChoices(choices);
        row(grid, "document.ui.field.formats", formats());
        row(grid, "document.ui.field.paper", paper());
        row(grid, "document.ui.field.signatory", signatory());
        row(grid, "document.ui.field.number", number());
        DatePicker date = new DatePicker();
        date.setId("documentDate");
        date.valueProperty().bindBidirectional(form.date());
        date.setPromptText(t("document.ui.dateBlank"));
        date.setPrefWidth(320);
        row(grid, "document.ui.field.date", date);
        TextField folder = FormParts.field("documentFolder", form.outputDir());
        folder.setPrefColumnCount(30);
        row(grid, "document.ui.field.folder", folder);
        if (form.supersedes() != null) {
            TextField note = FormParts.field("documentNote", form.note());
            note.setPromptText(t("document.ui.notePrompt"));
            row(grid, "document.ui.field.note", note);
        }
        TextArea outline = new TextArea();
        outline.setId("documentOutline");
        outline.setEditable(false);
        outline.setPrefRowCount(14);
        outline.setPrefColumnCount(60);
        outline.getStyleClass().add("tata-mono");
        outline.textProperty().bind(form.outline());
        VBox.setVgrow(outline, Priority.ALWAYS);
        Stage[] stage = new Stage[1];
        Button issue = FormParts.button("documentIssue", t("document.ui.issue"));
        issue.setDefaultButton(true);
        issue.getStyleClass().add("accent");
        issue.disableProperty().bind(form.busy());
        issue.setOnAction(e -> model.issue(form, result -> {
            stage[0].close();
            onIssued.accept(result);
        }));
        Button cancel = FormParts.button("documentCancel", t("settings.ui.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage[0].close());
        VBox root = new VBox(8, grid, new Label(t("document.ui.outline")), outline,
                FormParts.errorLine(form.error(), "documentError"), FormParts.buttons(cancel, issue));
        String title = t(form.supersedes() == null ? "document.ui.issueTitle" : "document.ui.correctTitle");
        stage[0] = FormParts.dialog(root, title, owner);
        FormParts.growWith(stage[0], form.error());
        InvalidationListener refresh = obs -> model.preview(form);
        form.type().addListener(refresh);
        form.paper().addListener(refresh);
        form.signatory().addListener(refresh);
        form.manualNumber().addListener(refresh);
        form.numberChoice().addListener(refresh);
        form.date().addListener(refresh);
        model.preview(form);
        stage[0].show();
    }

    private ComboBox<DocumentType> typeChoice() {
        ComboBox<DocumentType> types = new ComboBox<>();
        types.setId("documentType");
        types.getItems().setAll(model.types());
        types.setConverter(FormParts.converter(model::typeLabel));
        types.valueProperty().bindBidirectional(form.type());
        types.setDisable(form.supersedes() != null);
        types.setMaxWidth(Double.MAX_VALUE);
        return types;
    }

    /** One picker per choice of the type (which team …); the first value is preselected. */
    private void loadChoices(VBox box) {
        box.getChildren().clear();
        DocumentType type = form.type().get();
        if (type == null) {
            return;
        }
        model.choices(type, list -> {
            if (form.type().get() != type) {
                return; // the user picked another type meanwhile
            }
            box.getChildren().clear();
            for (DocumentChoice choice : list) {
                ComboBox<DocumentChoice.Value> picker = new ComboBox<>();
                picker.setId("documentChoice-" + choice.key());
                picker.getItems().setAll(choice.values());
                picker.setConverter(FormParts.converter(DocumentChoice.Value::label));
                picker.setPromptText(t("document.ui.choiceNone"));
                picker.setMaxWidth(Double.MAX_VALUE);
                picker.valueProperty().addListener((obs, old, now) -> {
                    if (now == null) {
                        form.options().remove(choice.key());
                    } else {
                        form.options().put(choice.key(), now.value());
                    }
                    model.preview(form);
                });
                if (!choice.values().isEmpty()) {
                    picker.setValue(choice.values().get(0));
                }
                box.getChildren().add(new VBox(2, new Label(t(choice.labelKey())), picker));
            }
        });
    }

    private HBox formats() {
        HBox box = new HBox(12);
        for (DocumentFormat format : DocumentFormat.values()) {
            CheckBox check = new CheckBox(format.extension().toUpperCase(java.util.Locale.ROOT));
            check.setId("documentFormat" + format.name());
            check.selectedProperty().bindBidirectional(form.format(format));
            Runnable offered = () -> check.setDisable(form.type().get() == null
                    || !form.type().get().formats().contains(format));
            form.type().addListener(obs -> offered.run());
            offered.run();
            box.getChildren().add(check);
        }
        return box;
    }

    private HBox paper() {
        ToggleGroup group = new ToggleGroup();
        RadioButton workspace = radio(group, "documentPaperDefault", t("document.ui.paperDefault"), null);
        RadioButton a4 = radio(group, "documentPaperA4", "A4 (210 × 297 mm)", PaperProfile.A4);
        RadioButton f4 = radio(group, "documentPaperF4", "F4 (215 × 330 mm)", PaperProfile.F4);
        workspace.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) ->
                form.paper().set(now == null ? null : (PaperProfile) now.getUserData()));
        return new HBox(12, workspace, a4, f4);
    }

    private static RadioButton radio(ToggleGroup group, String id, String text, Object value) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setUserData(value);
        return radio;
    }

    private ComboBox<Signatory> signatory() {
        ComboBox<Signatory> box = new ComboBox<>();
        box.setId("documentSignatory");
        box.setItems(model.signatories());
        box.setPromptText(t("document.ui.signatoryDefault"));
        box.setConverter(FormParts.converter(s -> s.name() + " — " + s.positionTitle()));
        box.valueProperty().bindBidirectional(form.signatory());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private VBox number() {
        ToggleGroup group = new ToggleGroup();
        RadioButton blank = radio(group, "documentNumberBlank", t("document.ui.numberBlank"), NumberChoice.BLANK);
        RadioButton next = radio(group, "documentNumberRegister", "", NumberChoice.FROM_REGISTER);
        next.textProperty().bind(form.nextNumber().map(n -> n.isEmpty() ? t("document.ui.numberRegister")
                : t("document.ui.numberRegisterNext", n)));
        RadioButton manual = radio(group, "documentNumberManual", t("document.ui.numberManual"), NumberChoice.MANUAL);
        TextField manualText = FormParts.field("documentManualNumber", form.manualNumber());
        manualText.disableProperty().bind(manual.selectedProperty().not());
        blank.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) ->
                form.numberChoice().set(now == null ? NumberChoice.BLANK : (NumberChoice) now.getUserData()));
        Runnable numbered = () -> {
            boolean has = form.type().get() != null && form.type().get().numberType().isPresent();
            next.setDisable(!has);
            manual.setDisable(!has);
            if (!has) {
                blank.setSelected(true);
            }
        };
        form.type().addListener(obs -> numbered.run());
        numbered.run();
        return new VBox(4, blank, next, new HBox(8, manual, manualText));
    }

    private void row(GridPane grid, String key, javafx.scene.Node field) {
        int r = grid.getRowCount();
        grid.add(FormParts.label(t(key), field), 0, r);
        grid.add(field, 1, r);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
