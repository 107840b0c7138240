package id.tata.organization.ui;

import id.tata.shell.ModuleContext;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Step 1 of the import wizard: what the file must look like, the chooser button and the chosen path. */
final class ImportFilePage {
    private final ImportWizardModel model;
    private final ModuleContext context;
    private final Runnable choose;

    ImportFilePage(ImportWizardModel model, ModuleContext context, Runnable choose) {
        this.model = model;
        this.context = context;
        this.choose = choose;
    }

    Node node() {
        Label intro = new Label(text(model.kind().key("import.ui", "fileIntro")));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Button chooseButton = new Button(text("import.ui.file.choose"), new FontIcon(Material2AL.FOLDER_OPEN));
        chooseButton.setId("importChooseFile");
        chooseButton.setOnAction(e -> choose.run());
        chooseButton.disableProperty().bind(model.busy());
        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(18, 18);
        reading.visibleProperty().bind(model.busy());
        Label path = new Label();
        path.setId("importFile");
        path.setWrapText(true);
        path.textProperty().bind(Bindings.createStringBinding(() -> model.file().get() == null
                ? text("import.ui.file.none") : model.file().get().toString(), model.file()));
        Label summary = new Label();
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.fileSummary());
        HBox row = new HBox(10, chooseButton, reading);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(12, intro, row, path, summary);
        page.setAlignment(Pos.TOP_LEFT);
        return page;
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
