package id.tata.shell.settings;

import id.tata.shell.ModuleContext;
import id.tata.shell.ModuleView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Profil &amp; Dokumen: one tab each for the profile, the letterhead images, the signatories, the number patterns. */
final class SettingsView implements ModuleView {
    private final SettingsViewModel model;
    private final ModuleContext context;
    private final BorderPane root = new BorderPane();

    SettingsView(SettingsViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
        build();
        model.reload();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    private void build() {
        Label title = new Label(text("settings.ui.title"));
        title.getStyleClass().addAll("title-2", "tata-title");
        VBox top = new VBox(title);
        if (!model.canEdit()) {
            Label why = new Label(text(context.session().workspace().readOnly()
                    ? "settings.ui.readOnly" : "settings.ui.noPermission"));
            why.getStyleClass().add("text-muted");
            why.setId("settingsReadOnlyNote");
            why.setWrapText(true);
            top.getChildren().add(why);
        }
        top.getChildren().add(FormParts.errorLine(model.error(), "settingsError"));
        top.getStyleClass().add("tata-page-header");
        TabPane tabs = new TabPane(
                tab("settingsTabProfile", "settings.ui.tab.profile", new ProfilePane(model, context).build()),
                tab("settingsTabLetterhead", "settings.ui.tab.letterhead", new LetterheadPane(model, context).build()),
                tab("settingsTabSignatories", "settings.ui.tab.signatories", new SignatoryPane(model, context).build()),
                tab("settingsTabNumbers", "settings.ui.tab.numbers", new PatternPane(model, context).build()));
        tabs.setId("settingsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(top);
        root.setCenter(tabs);
        root.getStyleClass().add("tata-page");
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(text(key), content);
        tab.setId(id);
        return tab;
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
