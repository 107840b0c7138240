package id.tata.shell.documents;

import id.tata.common.error.TataException;
import id.tata.common.task.BackgroundTask;
import id.tata.documents.service.DocumentType;
import id.tata.documents.template.TemplatePart;
import id.tata.documents.template.TemplateService;
import id.tata.documents.template.TemplateTexts;
import id.tata.shell.ModuleContext;
import id.tata.shell.settings.FormParts;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * "Templat naskah": the Menimbang, Mengingat, diktum and Tembusan texts of each decree type, one item per line, with
 * the placeholders ({daerah}, {kepala}, {tim}, {tahun}, {tugas} …) explained. Saved to the workspace; "Kembalikan
 * bawaan" returns to Tata's texts. Loads and saves in the background.
 */
final class TemplateDialog {
    private final DocumentsViewModel model;
    private final ModuleContext context;
    private final TemplateService templates = new TemplateService();
    private final Map<TemplatePart, TextArea> areas = new EnumMap<>(TemplatePart.class);
    private final StringProperty error = new SimpleStringProperty("");
    private final ComboBox<DocumentType> type = new ComboBox<>();
    private final Map<String, TextField> margins = new java.util.LinkedHashMap<>();

    TemplateDialog(DocumentsViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
    }

    void show(Window owner) {
        type.setId("templateType");
        type.getItems().setAll(model.types().stream().filter(DocumentType::hasTemplate).toList());
        type.setConverter(FormParts.converter(model::typeLabel));
        type.valueProperty().addListener((obs, old, now) -> load());
        VBox parts = new VBox(6);
        for (TemplatePart part : TemplatePart.values()) {
            TextArea area = new TextArea();
            area.setId("template" + part.name());
            area.setWrapText(true);
            area.setPrefRowCount(part == TemplatePart.COPY_TO ? 3 : 5);
            area.setPrefColumnCount(70);
            areas.put(part, area);
            parts.getChildren().addAll(new Label(t("document.part." + part.name())), area);
        }
        javafx.scene.layout.HBox marginRow = new javafx.scene.layout.HBox(8,
                new Label(t("document.ui.margins")));
        marginRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (String side : List.of("top", "right", "bottom", "left")) {
            TextField field = new TextField();
            field.setId("templateMargin" + Character.toUpperCase(side.charAt(0)) + side.substring(1));
            field.setPrefColumnCount(4);
            margins.put(side, field);
            marginRow.getChildren().addAll(new Label(t("document.ui.margin." + side)), field);
        }
        parts.getChildren().add(marginRow);
        Label hint = new Label(t("document.ui.templateHint",
                "{daerah}, {kepala}, {kepala_daerah}, {provinsi}, {tim}, {tahun}", "{tugas}"));
        hint.setWrapText(true);
        hint.setPrefWidth(820); // a wrapping label otherwise asks for its whole text on one line
        hint.getStyleClass().add("text-muted");
        Stage[] stage = new Stage[1];
        Button save = FormParts.button("templateSave", t("settings.ui.save"));
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setDisable(!model.canEditTemplates());
        save.setOnAction(e -> save(stage[0]));
        Button reset = FormParts.button("templateReset", t("document.ui.templateReset"));
        reset.setDisable(!model.canEditTemplates());
        reset.setOnAction(e -> reset());
        Button cancel = FormParts.button("templateCancel", t("settings.ui.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage[0].close());
        VBox root = new VBox(8, type, hint, parts, FormParts.errorLine(error, "templateError"),
                FormParts.buttons(reset, cancel, save));
        stage[0] = FormParts.dialog(root, t("document.ui.templateTitle"), owner);
        FormParts.growWith(stage[0], error);
        if (!type.getItems().isEmpty()) {
            type.setValue(type.getItems().get(0));
        }
        stage[0].show();
    }

    private void load() {
        String shortName = type.getValue().shortName();
        context.tasks().execute(BackgroundTask.of(t("document.ui.task.template"),
                        p -> templates.texts(context.session(), shortName))
                .onSuccess(this::fill)
                .onFailure(e -> error.set(message(e))));
        context.tasks().execute(BackgroundTask.of(t("document.ui.task.template"),
                        p -> templates.margins(context.session(), shortName))
                .onSuccess(m -> {
                    margins.get("top").setText(mm(m.top()));
                    margins.get("right").setText(mm(m.right()));
                    margins.get("bottom").setText(mm(m.bottom()));
                    margins.get("left").setText(mm(m.left()));
                })
                .onFailure(e -> error.set(message(e))));
    }

    private static String mm(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }

    /** The margins typed, or null (with the error shown) when one is not a number of millimetres. */
    private id.tata.documents.model.Margins typedMargins() {
        double[] v = new double[4];
        int i = 0;
        for (Map.Entry<String, TextField> e : margins.entrySet()) {
            try {
                v[i++] = Double.parseDouble(e.getValue().getText().strip().replace(',', '.'));
            } catch (NumberFormatException ex) {
                error.set(t("document.ui.marginError", t("document.ui.margin." + e.getKey()), e.getValue().getText()));
                return null;
            }
        }
        try {
            return new id.tata.documents.model.Margins(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException ex) {
            error.set(t("document.error.margins"));
            return null;
        }
    }

    private void fill(TemplateTexts texts) {
        areas.forEach((part, area) -> area.setText(String.join("\n", texts.part(part))));
        error.set("");
    }

    private TemplateTexts edited() {
        Map<TemplatePart, List<String>> parts = new EnumMap<>(TemplatePart.class);
        areas.forEach((part, area) -> parts.put(part, Arrays.stream(area.getText().split("\n"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList()));
        return new TemplateTexts(type.getValue().shortName(), parts);
    }

    private void save(Stage stage) {
        TemplateTexts texts = edited();
        id.tata.documents.model.Margins wanted = typedMargins();
        if (wanted == null) {
            return;
        }
        context.tasks().execute(BackgroundTask.of(t("document.ui.task.template"),
                        p -> templates.save(context.session(), texts, wanted))
                .onSuccess(saved -> {
                    model.status().set(t("cli.document.templateSaved", saved.documentType(),
                            saved.parts().values().stream().mapToInt(List::size).sum()));
                    stage.close();
                })
                .onFailure(e -> error.set(message(e))));
    }

    private void reset() {
        String shortName = type.getValue().shortName();
        if (!context.dialogs().confirm(t("document.ui.templateTitle"), t("document.ui.templateResetConfirm",
                model.typeLabel(type.getValue())))) {
            return;
        }
        context.tasks().execute(BackgroundTask.of(t("document.ui.task.template"),
                        p -> templates.reset(context.session(), shortName))
                .onSuccess(this::fill)
                .onFailure(e -> error.set(message(e))));
    }

    private String message(Throwable e) {
        return e instanceof TataException te ? te.message(context.i18n()) : String.valueOf(e.getMessage());
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
