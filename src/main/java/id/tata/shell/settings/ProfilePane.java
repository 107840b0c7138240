package id.tata.shell.settings;

import id.tata.shell.ModuleContext;
import id.tata.workspace.settings.GovernmentKind;
import id.tata.workspace.settings.PaperProfile;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The government profile form: two columns of fields (13 fit a 760-pixel-high window), the live preview, save. */
final class ProfilePane {
    private final SettingsViewModel model;
    private final ModuleContext context;
    private final ProfileForm form;

    ProfilePane(SettingsViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
        this.form = model.profile();
    }

    Node build() {
        GridPane grid = FormParts.grid();
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints field = new ColumnConstraints(160, 300, Double.MAX_VALUE, Priority.ALWAYS, null, true);
        grid.getColumnConstraints().setAll(label, field, label, field);
        int r = 0;
        pair(grid, r++, "settings.ui.field.kind", kindChoice(), null,
                "settings.ui.field.name", text("profileName", form.name()), form.nameError());
        pair(grid, r++, "settings.ui.field.province", text("profileProvince", form.province()), form.provinceError(),
                "settings.ui.field.postalCode", text("profilePostalCode", form.postalCode()), form.postalCodeError());
        pair(grid, r++, "settings.ui.field.regionHead", text("profileRegionHead", form.regionHead()), null,
                "settings.ui.field.regionalSecretary", text("profileRegionalSecretary", form.regionalSecretary()),
                null);
        pair(grid, r++, "settings.ui.field.gcio", text("profileGcio", form.gcio()), null,
                "settings.ui.field.cityOfIssue", text("profileCityOfIssue", form.cityOfIssue()), null);
        TextField address = text("profileAddress", form.address());
        grid.add(FormParts.label(t("settings.ui.field.address"), address), 0, r);
        grid.add(FormParts.cell(address, null, null), 1, r++, 3, 1);
        pair(grid, r++, "settings.ui.field.phone", text("profilePhone", form.phone()), null,
                "settings.ui.field.email", text("profileEmail", form.email()), form.emailError());
        pair(grid, r, "settings.ui.field.website", text("profileWebsite", form.website()), null,
                "settings.ui.field.paper", paperChoice(), null);
        grid.setDisable(!model.canEdit());

        Label preview = new Label();
        preview.setId("profilePreview");
        preview.getStyleClass().add("title-4");
        preview.setWrapText(true);
        preview.textProperty().bind(form.preview());
        Label previewHint = new Label(t("settings.ui.preview.hint"));
        previewHint.getStyleClass().add("text-muted");
        VBox previewBox = new VBox(previewHint, preview);
        previewBox.getStyleClass().add("tata-preview");

        VBox content = new VBox(section("settings.ui.section.profile"), grid, previewBox, saveRow(),
                FormParts.errorLine(form.generalError(), "profileError"));
        content.getStyleClass().add("tata-tab-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("profileScroll");
        return scroll;
    }

    private HBox saveRow() {
        Button save = FormParts.button("profileSave", t("settings.ui.save"));
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setDisable(!model.canEdit());
        if (model.canEdit()) {
            save.disableProperty().bind(form.busy());
        }
        save.setOnAction(e -> model.saveProfile());
        Label status = new Label();
        status.setId("settingsStatus");
        status.getStyleClass().add("success");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        HBox row = new HBox(12, save, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private ComboBox<GovernmentKind> kindChoice() {
        ComboBox<GovernmentKind> kind = new ComboBox<>();
        kind.setId("profileKind");
        kind.getItems().setAll(GovernmentKind.values());
        kind.setConverter(FormParts.converter(model::kindLabel));
        kind.valueProperty().bindBidirectional(form.kind());
        kind.setMaxWidth(Double.MAX_VALUE);
        return kind;
    }

    private ComboBox<PaperProfile> paperChoice() {
        ComboBox<PaperProfile> paper = new ComboBox<>();
        paper.setId("profilePaper");
        paper.getItems().setAll(PaperProfile.values());
        paper.setConverter(FormParts.converter(model::paperLabel));
        paper.valueProperty().bindBidirectional(form.paper());
        paper.setMaxWidth(Double.MAX_VALUE);
        return paper;
    }

    private void pair(GridPane grid, int row, String leftKey, Node left, StringProperty leftError,
                      String rightKey, Node right, StringProperty rightError) {
        grid.add(FormParts.label(t(leftKey), left), 0, row);
        grid.add(FormParts.cell(left, leftError, left.getId() + "Error"), 1, row);
        grid.add(FormParts.label(t(rightKey), right), 2, row);
        grid.add(FormParts.cell(right, rightError, right.getId() + "Error"), 3, row);
    }

    private Label section(String key) {
        Label label = new Label(t(key));
        label.getStyleClass().addAll("title-4", "tata-section");
        return label;
    }

    private static TextField text(String id, StringProperty value) {
        return FormParts.field(id, value);
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
