package id.tata.shell.settings;

import id.tata.shell.ModuleContext;
import id.tata.workspace.settings.LetterheadImage;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.io.ByteArrayInputStream;
import java.util.List;

/** The emblem and the logo, each with a preview as it will sit in the letterhead, a picker and a remove button. */
final class LetterheadPane {
    private static final double PREVIEW = 96;

    private final SettingsViewModel model;
    private final ModuleContext context;

    LetterheadPane(SettingsViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
    }

    Node build() {
        HBox cards = new HBox(16, card(LetterheadImage.EMBLEM, "Emblem"), card(LetterheadImage.LOGO, "Logo"));
        cards.setAlignment(Pos.TOP_LEFT);
        Label title = new Label(t("settings.ui.section.letterhead"));
        title.getStyleClass().addAll("title-4", "tata-section");
        Label rules = new Label(t("settings.ui.image.rules"));
        rules.getStyleClass().add("text-muted");
        rules.setWrapText(true);
        VBox box = new VBox(title, rules, cards);
        box.getStyleClass().add("tata-tab-content");
        return box;
    }

    private VBox card(LetterheadImage which, String idPart) {
        String key = which.name().toLowerCase(java.util.Locale.ROOT);
        Label title = new Label(t("settings.ui.image." + key));
        title.getStyleClass().add("text-bold");
        Label hint = new Label(t("settings.ui.image." + key + ".hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        ImageView view = new ImageView();
        view.setId("image" + idPart + "Preview");
        view.setFitWidth(PREVIEW);
        view.setFitHeight(PREVIEW);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        Label none = new Label(t("settings.ui.image.none"));
        none.getStyleClass().add("text-muted");
        none.setWrapText(true);
        StackPane frame = new StackPane(none, view);
        frame.getStyleClass().add("tata-image-frame");
        frame.setMinSize(PREVIEW + 16, PREVIEW + 16);
        frame.setMaxSize(PREVIEW + 16, PREVIEW + 16);
        model.image(which).addListener((obs, old, bytes) -> show(view, none, bytes));
        show(view, none, model.image(which).get());

        Button choose = FormParts.button("image" + idPart + "Choose", t("settings.ui.image.choose"));
        choose.setOnAction(e -> context.dialogs().chooseOpenFile(t("settings.ui.image.chooseTitle"),
                List.of("png", "jpg", "jpeg")).ifPresent(file -> model.chooseImage(which, file)));
        Button remove = FormParts.button("image" + idPart + "Remove", t("settings.ui.image.remove"));
        remove.setOnAction(e -> model.removeImage(which));
        remove.disableProperty().bind(model.image(which).isNull());
        HBox buttons = new HBox(8, choose, remove);
        VBox side = new VBox(6, title, hint, buttons,
                FormParts.errorLine(model.imageError(which), "image" + idPart + "Error"));
        side.setPrefWidth(300);
        side.setMaxWidth(340);
        VBox card = new VBox(new HBox(14, frame, side));
        card.getStyleClass().add("tata-image-card");
        choose.setDisable(!model.canEdit());
        if (!model.canEdit()) {
            remove.disableProperty().unbind();
            remove.setDisable(true);
        }
        return card;
    }

    private static void show(ImageView view, Label none, byte[] bytes) {
        Image image = bytes == null ? null : new Image(new ByteArrayInputStream(bytes));
        view.setImage(image == null || image.isError() ? null : image);
        none.setVisible(view.getImage() == null);
    }

    private String t(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
