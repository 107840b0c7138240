package id.tata.organization.ui;

import id.tata.organization.domain.TeamKind;
import id.tata.shell.ModuleContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import java.util.List;

/** Add or edit a team's decree data: name, kind, term, legal basis and purpose. */
final class TeamEditor {
    private static final double FIELD_WIDTH = 560;

    private final TeamViewModel model;
    private final TeamForm form;
    private final ModuleContext context;
    private final EditorDialog dialog;

    TeamEditor(TeamViewModel model, TeamForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
        this.dialog = new EditorDialog(context.i18n(), "team", FIELD_WIDTH);
    }

    void show(Window owner) {
        TextField name = EditorDialog.textField("teamNameField", form.name());
        name.setPrefWidth(FIELD_WIDTH);
        name.setPromptText(text("team.ui.field.namePrompt"));
        dialog.row("team.ui.field.name", name, form.nameError(), "teamNameError");
        dialog.row("team.ui.field.kind", kindChoice(), null, null);
        dialog.row("team.ui.field.period", period(), form.periodError(), "teamPeriodError");
        dialog.row("team.ui.field.legalBasis", area("teamLegalBasis", form, true), null, null);
        dialog.row("team.ui.field.purpose", area("teamPurpose", form, false), null, null);
        dialog.show(owner, form.original() == null, form.errors(), name, dialog.grid(),
                dialog.errorLine(form.generalError(), "teamFormError"),
                dialog.buttons(form.busy(), close -> model.saveTeam(form, close)));
    }

    private ComboBox<TeamKind> kindChoice() {
        ComboBox<TeamKind> kind = new ComboBox<>();
        kind.setId("teamKind");
        kind.getItems().setAll(List.of(TeamKind.values()));
        kind.setConverter(Choices.converter(model::kindLabel));
        kind.valueProperty().bindBidirectional(form.kind());
        return kind;
    }

    private HBox period() {
        TextField start = EditorDialog.textField("teamStartYear", form.startYear());
        start.setPrefColumnCount(5);
        TextField end = EditorDialog.textField("teamEndYear", form.endYear());
        end.setPrefColumnCount(5);
        end.setPromptText(text("team.ui.field.endPrompt"));
        HBox box = new HBox(8, start, new Label("–"), end);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private TextArea area(String id, TeamForm form, boolean legalBasis) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPrefWidth(FIELD_WIDTH);
        area.textProperty().bindBidirectional(legalBasis ? form.legalBasis() : form.purpose());
        area.setPromptText(text(legalBasis ? "team.ui.field.legalBasisPrompt" : "team.ui.field.purposePrompt"));
        return area;
    }

    private String text(String key, Object... args) {
        return context.i18n().text(key, args);
    }
}
