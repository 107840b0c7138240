package id.tata.evaluation.ui;

import id.tata.common.task.BackgroundTask;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.User;
import id.tata.workspace.user.UserService;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Tugaskan…": who answers the indicator — or every indicator the filters show — chosen among the users who may enter
 * answers. The users are read in the background; the dialog opens when they are there.
 */
final class AssignDialog {
    private AssignDialog() {
    }

    static void open(QuestionnaireModel model, Window owner, Function<String, String> text) {
        model.tasks().execute(BackgroundTask.of(text.apply("evaluation.q.assign"),
                        p -> new UserService().list(model.session()))
                .onSuccess(users -> ask(model, owner, text, users))
                .onFailure(model::failed));
    }

    private static void ask(QuestionnaireModel model, Window owner, Function<String, String> text, List<User> users) {
        String nobody = text.apply("evaluation.q.nobody");
        List<String> names = new ArrayList<>();
        names.add(nobody);
        users.stream().filter(u -> u.active() && u.role().allows(Permission.EVALUATION_ENTER))
                .forEach(u -> names.add(u.username()));
        ComboBox<String> who = new ComboBox<>();
        who.getItems().setAll(names);
        who.setId("evaluationAssignUser");
        IndicatorRow current = model.current().get();
        String now = current == null ? null : current.answer().assignee();
        who.setValue(now == null ? nobody : now);
        CheckBox all = new CheckBox(model.i18n().text("evaluation.q.assignShown", model.shown().size()));
        all.setId("evaluationAssignShown");
        Label hint = new Label(text.apply("evaluation.q.assignHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.apply("evaluation.q.assign"));
        dialog.getDialogPane().setContent(new VBox(10, hint, who, all));
        ButtonType ok = new ButtonType(text.apply("evaluation.q.assignButton"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.apply("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok);
        Optional<Boolean> answer = dialog.showAndWait();
        if (answer.orElse(false)) {
            List<IndicatorRow> rows = all.isSelected() ? List.copyOf(model.shown())
                    : current == null ? List.of() : List.of(current);
            model.assign(rows, nobody.equals(who.getValue()) ? null : who.getValue());
        }
    }
}
