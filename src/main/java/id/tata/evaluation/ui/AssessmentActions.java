package id.tata.evaluation.ui;

import id.tata.common.task.BackgroundTask;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.InstrumentVersion;
import id.tata.evaluation.service.ImportedInstrument;
import id.tata.evaluation.service.InstrumentProblemText;
import id.tata.shell.ModuleContext;
import id.tata.shell.settings.FormParts;
import id.tata.workspace.user.Permission;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a supervisor does with whole assessments: start one (new or carried forward from last year), finalise it,
 * open a new revision, import an instrument. Each asks first where it cannot be taken back.
 */
final class AssessmentActions {
    private final EvaluationViewModel model;
    private final EvaluationServices services;
    private final ModuleContext context;
    private javafx.stage.Window owner;

    AssessmentActions(EvaluationViewModel model, EvaluationServices services, ModuleContext context) {
        this.model = model;
        this.services = services;
        this.context = context;
    }

    /** The buttons, disabled for users who may not manage assessments or in a read-only workspace. */
    List<Button> buttons() {
        boolean may = context.canWrite(Permission.EVALUATION_APPROVE);
        Button create = button("evaluationCreate", "evaluation.q.create", Material2AL.ADD, may);
        create.setOnAction(e -> create());
        Button carry = button("evaluationCarry", "evaluation.q.carry", Material2MZ.REDO, may);
        carry.disableProperty().bind(model.chosen().isNull().or(Bindings.createBooleanBinding(() -> !may)));
        carry.setOnAction(e -> carry());
        Button finish = button("evaluationFinalize", "evaluation.q.finalize", Material2AL.LOCK, may);
        finish.disableProperty().bind(Bindings.createBooleanBinding(() -> !may || model.chosen().get() == null
                || model.chosen().get().isFinal(), model.chosen()));
        finish.setOnAction(e -> finalizeChosen());
        Button reopen = button("evaluationReopen", "evaluation.q.reopen", Material2AL.LOCK_OPEN, may);
        reopen.disableProperty().bind(Bindings.createBooleanBinding(() -> !may || model.chosen().get() == null
                || !model.chosen().get().isFinal(), model.chosen()));
        reopen.setOnAction(e -> reopen());
        Button importing = button("evaluationImportInstrument", "evaluation.q.importInstrument",
                Material2AL.FILE_UPLOAD, may);
        importing.setOnAction(e -> importInstrument());
        return List.of(create, carry, finish, reopen, importing);
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon, boolean enabled) {
        Button b = FormParts.button(id, t(key));
        b.setGraphic(new FontIcon(icon));
        b.setDisable(!enabled);
        return b;
    }

    private void create() {
        ComboBox<InstrumentVersion> instrument = new ComboBox<>(model.instruments());
        instrument.setId("evaluationNewInstrument");
        instrument.setConverter(FormParts.converter(model::label));
        if (!model.instruments().isEmpty()) {
            instrument.setValue(model.instruments().get(0));
        }
        Spinner<Integer> year = new Spinner<>(2000, 2999, Year.now().getValue());
        year.setEditable(true);
        ask(t("evaluation.q.create"), instrument, year).filter(ok -> instrument.getValue() != null).ifPresent(ok ->
                run(t("evaluation.q.create"), () -> services.assessments().create(context.session(),
                        instrument.getValue().code(), year.getValue())));
    }

    private void carry() {
        Assessment from = model.chosen().get();
        Spinner<Integer> year = new Spinner<>(2000, 2999, from.year() + 1);
        year.setEditable(true);
        ask(t("evaluation.q.carry"), null, year).ifPresent(ok ->
                run(t("evaluation.q.carry"), () -> services.assessments().carryForward(context.session(),
                        from.id(), year.getValue())));
    }

    /** A small dialog: the instrument (when given) and the year. */
    private Optional<Boolean> ask(String title, ComboBox<InstrumentVersion> instrument, Spinner<Integer> year) {
        GridPane grid = FormParts.grid();
        if (instrument != null) {
            grid.addRow(0, new Label(t("evaluation.q.instrument")), instrument);
        } else {
            Label hint = new Label(context.i18n().text("evaluation.q.carryHint", model.chosen().get().name()));
            hint.setWrapText(true);
            hint.setMaxWidth(420);
            grid.add(hint, 0, 0, 2, 1);
        }
        grid.addRow(1, new Label(t("evaluation.q.year")), year);
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(t("evaluation.q.createButton"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(t("dialog.button.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok);
        return dialog.showAndWait().filter(Boolean::booleanValue);
    }

    /** The window the year dialog belongs to, known once the page is shown. */
    void owner(javafx.stage.Window window) {
        this.owner = window;
    }

    private void finalizeChosen() {
        Assessment a = model.chosen().get();
        if (context.dialogs().confirm(t("evaluation.q.finalize"), context.i18n().text("evaluation.q.finalizeQuestion",
                a.name(), a.revision()))) {
            run(t("evaluation.q.finalize"), () -> services.assessments().finalizeAssessment(context.session(), a.id()));
        }
    }

    private void reopen() {
        Assessment a = model.chosen().get();
        if (context.dialogs().confirm(t("evaluation.q.reopen"), context.i18n().text("evaluation.q.reopenQuestion",
                a.name(), a.revision() + 1))) {
            run(t("evaluation.q.reopen"), () -> services.assessments().reopen(context.session(), a.id()));
        }
    }

    /** Runs a change of assessments in the background and shows the assessment it returns. */
    private void run(String title, java.util.function.Supplier<Assessment> work) {
        context.tasks().execute(BackgroundTask.of(title, p -> work.get())
                .onSuccess(a -> model.reload(a.id()))
                .onFailure(this::failed));
    }

    private void importInstrument() {
        context.dialogs().chooseOpenFile(t("evaluation.q.importInstrument"), List.of("json")).ifPresent(file ->
                context.tasks().execute(BackgroundTask.of(t("evaluation.q.importInstrument"),
                                p -> services.instruments().importJson(context.session(), file))
                        .onSuccess(this::imported)
                        .onFailure(this::failed)));
    }

    private void imported(ImportedInstrument done) {
        String warnings = done.warnings().stream().map(w -> InstrumentProblemText.of(w, context.i18n()))
                .collect(Collectors.joining("\n"));
        String key = done.alreadyPresent() ? "evaluation.q.instrumentPresent" : "evaluation.q.instrumentImported";
        String message = context.i18n().text(key, done.code(), done.version(), done.indicatorCount());
        context.dialogs().showInfo(t("evaluation.q.importInstrument"),
                warnings.isEmpty() ? message : message + "\n\n" + warnings);
        model.reload();
    }

    /** An invalid instrument lists every problem (its message does); other failures say what went wrong. */
    private void failed(Throwable e) {
        if (e instanceof id.tata.common.error.TataException t) {
            context.dialogs().showError(t);
        } else {
            context.dialogs().showError(String.valueOf(e.getMessage()));
        }
    }

    private String t(String key) {
        return context.i18n().text(key);
    }
}
