package id.tata.organization.ui;

import id.tata.organization.domain.TeamTemplate;
import id.tata.shell.ModuleContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.Year;
import java.util.List;

/**
 * "Dari templat…": pick one of the teams the regulations compose (each shown with its legal basis) and the first
 * year of its term. The new team's described members get the workspace's positions where the wording names one.
 */
final class TeamTemplateDialog {
    private static final double WIDTH = 620;

    private final TeamViewModel model;
    private final ModuleContext context;
    private final EditorDialog dialog;
    private final ListView<TeamTemplate> list = new ListView<>();
    private final StringProperty year = new SimpleStringProperty(String.valueOf(Year.now().getValue()));
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    TeamTemplateDialog(TeamViewModel model, ModuleContext context) {
        this.model = model;
        this.context = context;
        this.dialog = new EditorDialog(context.i18n(), "teamTemplate", WIDTH);
    }

    void show(Window owner) {
        list.setId("teamTemplateList");
        list.getItems().setAll(model.templates());
        list.setCellFactory(l -> new TemplateCell());
        list.setPrefSize(WIDTH, 360);
        list.getSelectionModel().selectFirst();
        dialog.row("teamTemplate.ui.field.template", list, null, null);
        TextField start = EditorDialog.textField("teamTemplateYear", year);
        start.setPrefColumnCount(5);
        start.setMaxWidth(90);
        dialog.row("teamTemplate.ui.field.year", start, null, null);
        dialog.show(owner, true, List.of(error), list, dialog.grid(),
                dialog.errorLine(error, "teamTemplateError"), dialog.buttons(busy, this::create));
    }

    private void create(Runnable close) {
        TeamTemplate template = list.getSelectionModel().getSelectedItem();
        String y = year.get() == null ? "" : year.get().strip();
        if (template == null) {
            error.set(text("teamTemplate.ui.error.none"));
        } else if (!y.matches("\\d{4}")) {
            error.set(text("team.ui.error.year"));
        } else {
            error.set("");
            busy.set(true);
            model.createFromTemplate(template.code(), Integer.parseInt(y), () -> {
                busy.set(false);
                close.run();
            }, message -> {
                busy.set(false);
                error.set(message);
            });
        }
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }

    /** Name and code in bold, then the legal basis, wrapped: the source is what the user chooses by. */
    private final class TemplateCell extends ListCell<TeamTemplate> {
        @Override
        protected void updateItem(TeamTemplate t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(text("teamTemplate.ui.item", t.name(), t.members().size(), t.tasks().size()));
            title.getStyleClass().add("text-bold");
            Label source = new Label(t.legalBasis());
            source.setWrapText(true);
            source.getStyleClass().add("text-muted");
            source.setPrefWidth(WIDTH - 40); // a set width lets the label compute the height of its wrapped lines
            source.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox box = new VBox(2, title, source);
            box.setStyle("-fx-padding: 4 0 6 0;");
            setGraphic(box);
        }
    }
}
