package id.tata.organization.ui;

import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.organization.domain.TeamRole;
import id.tata.shell.ModuleContext;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.function.Function;

/**
 * Add or edit one team member: the role, then a jabatan, a person or a wording (any of them, at least one). Each
 * choice can be emptied again, as a member may move from a described post to a real one and back.
 */
final class TeamMemberEditor {
    private static final double FIELD_WIDTH = 520;

    private final TeamViewModel model;
    private final TeamMemberForm form;
    private final ModuleContext context;
    private final EditorDialog dialog;

    TeamMemberEditor(TeamViewModel model, TeamMemberForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
        this.dialog = new EditorDialog(context.i18n(), "teamMember", FIELD_WIDTH);
    }

    void show(Window owner) {
        ComboBox<TeamRole> role = new ComboBox<>();
        role.setId("teamMemberRole");
        role.getItems().setAll(List.of(TeamRole.values()));
        role.setConverter(Choices.converter(model::roleLabel));
        role.valueProperty().bindBidirectional(form.role());
        role.setVisibleRowCount(TeamRole.values().length);
        dialog.row("teamMember.ui.field.role", role, null, null);
        dialog.row("teamMember.ui.field.position", choice("teamMemberPosition", model.positionChoices(),
                form.position(), model::positionLabel, "teamMember.ui.field.positionPrompt"), null, null);
        dialog.row("teamMember.ui.field.person", choice("teamMemberPerson", model.personChoices(),
                form.person(), model::personLabel, "teamMember.ui.field.personPrompt"), null, null);
        TextField title = EditorDialog.textField("teamMemberTitle", form.title());
        title.setPromptText(text("teamMember.ui.field.titlePrompt"));
        Label hint = new Label(text("teamMember.ui.field.titleHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(FIELD_WIDTH);
        dialog.row("teamMember.ui.field.title", new VBox(4, title, hint), null, null);
        dialog.show(owner, form.original() == null, form.errors(), role, dialog.grid(),
                dialog.errorLine(form.error(), "teamMemberError"),
                dialog.buttons(form.busy(), close -> model.contents().saveMember(form, close)));
    }

    /** A list to pick from and a button that empties the choice. */
    private <T> HBox choice(String id, ObservableList<T> items, ObjectProperty<T> value, Function<T, String> label,
                            String promptKey) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(Choices.converter(label::apply));
        box.valueProperty().bindBidirectional(value);
        box.setPromptText(text(promptKey));
        box.setPrefWidth(FIELD_WIDTH);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(14);
        HBox.setHgrow(box, Priority.ALWAYS);
        Button clear = new Button(null, new FontIcon(Material2AL.CLEAR));
        clear.setId(id + "Clear");
        clear.setTooltip(new Tooltip(text("teamMember.ui.clear")));
        clear.setOnAction(e -> value.set(null));
        clear.disableProperty().bind(value.isNull());
        return new HBox(6, box, clear);
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
