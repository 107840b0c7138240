package id.tata.organization.ui;

import id.tata.shell.ModuleContext;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Add or edit one task, in the decree's words; text pasted from a PDF is joined into one paragraph on saving. */
final class TeamTaskEditor {
    private static final double FIELD_WIDTH = 560;

    private final TeamViewModel model;
    private final TeamTaskForm form;
    private final EditorDialog dialog;
    private final ModuleContext context;

    TeamTaskEditor(TeamViewModel model, TeamTaskForm form, ModuleContext context) {
        this.model = model;
        this.form = form;
        this.context = context;
        this.dialog = new EditorDialog(context.i18n(), "teamTask", FIELD_WIDTH);
    }

    void show(Window owner) {
        TextArea text = new TextArea();
        text.setId("teamTaskText");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setPrefWidth(FIELD_WIDTH);
        text.setPromptText(context.i18n().text("teamTask.ui.field.textPrompt"));
        text.textProperty().bindBidirectional(form.text());
        dialog.row("teamTask.ui.field.text", text, form.error(), "teamTaskError");
        dialog.show(owner, form.original() == null, form.errors(), text, dialog.grid(),
                dialog.buttons(form.busy(), close -> model.contents().saveTask(form, close)));
    }
}
