package id.tata.evaluation.ui;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.Indicator;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.Transition;
import id.tata.shell.settings.FormParts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.function.Function;

/**
 * The right half of the questionnaire: the chosen indicator with its notes, the five criteria, what the operator
 * writes, the official (verified) result, the review buttons, the evidence and the history.
 */
final class AnswerEditor {
    private final QuestionnaireModel model;
    private final AnswerEditorModel editor;
    private final Function<String, String> text;
    private final VBox root = new VBox(12);
    private final CriteriaPicker criteria;
    private final Label heading = new Label();
    private final Label place = new Label();
    private final Label state = new Label();
    private final Label reviewNote = new Label();
    private final Label finalNote = new Label();
    private final VBox notes = new VBox(6);

    AnswerEditor(QuestionnaireModel model, EvidenceModel evidence, Function<String, String> text) {
        this.model = model;
        this.editor = model.editor();
        this.text = text;
        this.criteria = new CriteriaPicker(editor.selfLevel(), text);
        heading.setId("evaluationIndicator");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        place.getStyleClass().add("text-muted");
        place.setWrapText(true);
        state.setId("evaluationState");
        state.setWrapText(true);
        reviewNote.setId("evaluationReviewNote");
        reviewNote.getStyleClass().add("warning");
        reviewNote.setWrapText(true);
        reviewNote.managedProperty().bind(reviewNote.visibleProperty());
        finalNote.setId("evaluationFinalNote");
        finalNote.getStyleClass().add("accent");
        finalNote.setWrapText(true);
        finalNote.textProperty().bind(model.finalNote());
        finalNote.visibleProperty().bind(model.finalNote().isNotEmpty());
        finalNote.managedProperty().bind(finalNote.visibleProperty());
        TitledPane notesPane = new TitledPane(text.apply("evaluation.q.notes"), notes);
        notesPane.setId("evaluationNotes");
        // the notes are long (a page for some indicators); closed, the criteria stay in sight without scrolling
        notesPane.setExpanded(false);
        Label levelLabel = new Label(text.apply("evaluation.q.selfLevel"));
        levelLabel.getStyleClass().add("title-4");
        Label levelHint = new Label(text.apply("evaluation.q.selfLevelHint"));
        levelHint.getStyleClass().add("text-muted");
        levelHint.setWrapText(true);
        BooleanBinding canAttach = Bindings.createBooleanBinding(() -> model.access().get().edit(), model.access());
        root.getChildren().addAll(heading, place, finalNote, state, reviewNote, notesPane, levelLabel, levelHint,
                criteria.node(), form(), buttons(),
                FormParts.errorLine(model.error(), "evaluationQuestionError"), notice(),
                new EvidencePanel(evidence, canAttach, text).node(), history());
        root.setId("evaluationEditor");
        root.getStyleClass().add("tata-editor");
        editor.stored().addListener((obs, old, now) -> showAnswer());
        model.access().addListener((obs, old, now) -> criteria.setDisable(!now.edit()));
        criteria.setDisable(true);
        showAnswer();
    }

    VBox node() {
        return root;
    }

    CriteriaPicker criteria() {
        return criteria;
    }

    private GridPane form() {
        GridPane grid = FormParts.grid();
        TextArea explanation = new TextArea();
        explanation.setId("evaluationExplanation");
        explanation.setWrapText(true);
        explanation.setPrefRowCount(4);
        explanation.textProperty().bindBidirectional(editor.explanation());
        explanation.editableProperty().bind(canEdit());
        ComboBox<String> target = LevelBox.of("evaluationTarget", editor.targetLevel());
        target.disableProperty().bind(canEdit().not());
        TextField service = FormParts.field("evaluationPublicService", editor.publicService());
        service.editableProperty().bind(canEdit());
        service.setPromptText(text.apply("evaluation.q.publicServicePrompt"));
        ComboBox<String> verified = LevelBox.of("evaluationVerifiedLevel", editor.verifiedLevel());
        verified.disableProperty().bind(canVerify().not());
        TextArea verifierNote = new TextArea();
        verifierNote.setId("evaluationVerifierNote");
        verifierNote.setWrapText(true);
        verifierNote.setPrefRowCount(2);
        verifierNote.textProperty().bindBidirectional(editor.verifierNote());
        verifierNote.editableProperty().bind(canVerify());
        row(grid, "evaluation.q.explanation", explanation);
        row(grid, "evaluation.q.target", target);
        Label serviceLabel = row(grid, "evaluation.q.publicService", service);
        BooleanBinding asks = Bindings.createBooleanBinding(
                () -> AnswerEditorModel.asksPublicService(editor.indicator().get()), editor.indicator());
        for (Node n : new Node[]{serviceLabel, service}) {
            n.visibleProperty().bind(asks);
            n.managedProperty().bind(asks);
        }
        row(grid, "evaluation.q.verified", verified);
        row(grid, "evaluation.q.verifierNote", verifierNote);
        return grid;
    }

    private Label row(GridPane grid, String key, Node field) {
        Label label = FormParts.label(text.apply(key), field);
        grid.addRow(grid.getRowCount(), label, FormParts.cell(field, null, null));
        return label;
    }

    private FlowPane buttons() {
        Button save = FormParts.button("evaluationSave", text.apply("evaluation.q.save"));
        save.setGraphic(new FontIcon(Material2MZ.SAVE));
        save.getStyleClass().add("accent");
        // only what the user may change is saved; on a final assessment nothing is, whatever the fields hold
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> !editor.dirty().get()
                || !(model.access().get().edit() || model.access().get().verify()), editor.dirty(), model.access()));
        save.setOnAction(e -> model.save(() -> { }));
        Button submit = action("evaluationSubmit", "evaluation.q.submit", Material2MZ.SEND,
                () -> model.access().get().submit());
        submit.setOnAction(e -> model.submit());
        Button approve = action("evaluationApprove", "evaluation.q.approve", Material2AL.CHECK_CIRCLE,
                () -> model.access().get().approve());
        approve.setOnAction(e -> model.approve(""));
        Button giveBack = action("evaluationReturn", "evaluation.q.return", Material2MZ.UNDO,
                () -> model.access().get().giveBack());
        giveBack.setOnAction(e -> askReturnNote());
        BooleanBinding approver = Bindings.createBooleanBinding(() -> model.access().get().approver(),
                model.access());
        for (Button b : new Button[]{approve, giveBack}) {
            b.visibleProperty().bind(approver);
            b.managedProperty().bind(approver);
        }
        Button confirm = action("evaluationConfirm", "evaluation.q.confirm", Material2AL.DONE_ALL,
                () -> model.access().get().confirm());
        confirm.setOnAction(e -> model.confirm());
        BooleanBinding recheck = Bindings.createBooleanBinding(
                () -> editor.stored().get() != null && editor.stored().get().needsRecheck(), editor.stored());
        confirm.visibleProperty().bind(recheck);
        confirm.managedProperty().bind(recheck);
        Button assign = FormParts.button("evaluationAssign", text.apply("evaluation.q.assign"));
        assign.setGraphic(new FontIcon(Material2AL.ASSIGNMENT_IND));
        assign.setOnAction(e -> AssignDialog.open(model, root.getScene().getWindow(), text));
        // the service lets supervisors assign; finalised assessments refuse it, so the button says so first
        assign.disableProperty().bind(Bindings.createBooleanBinding(() -> model.assessment() == null
                || model.assessment().isFinal() || !model.access().get().verify(), model.access()));
        assign.visibleProperty().bind(approver);
        assign.managedProperty().bind(approver);
        FlowPane bar = new FlowPane(8, 8, save, submit, approve, giveBack, confirm, assign);
        bar.getStyleClass().add("tata-toolbar");
        return bar;
    }

    private Button action(String id, String key, org.kordamp.ikonli.Ikon icon,
                          java.util.function.BooleanSupplier enabled) {
        Button button = FormParts.button(id, text.apply(key));
        button.setGraphic(new FontIcon(icon));
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.getAsBoolean(), model.access(),
                editor.selfLevel()));
        return button;
    }

    /** Kembalikan… asks what is to be fixed; the service refuses an empty note, so the dialog does too. */
    private void askReturnNote() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(text.apply("evaluation.q.return"));
        ask.setHeaderText(text.apply("evaluation.q.returnQuestion"));
        Button ok = (Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        ok.setText(text.apply("evaluation.q.returnButton"));
        ok.disableProperty().bind(ask.getEditor().textProperty().isEmpty());
        // JavaFX has no Indonesian for its own buttons
        ((Button) ask.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .setText(text.apply("dialog.button.cancel"));
        ask.showAndWait().filter(s -> !s.isBlank()).ifPresent(model::giveBack);
    }

    private Label notice() {
        Label label = new Label();
        label.setId("evaluationNotice");
        label.getStyleClass().add("success");
        label.textProperty().bind(model.notice());
        label.visibleProperty().bind(model.notice().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private VBox history() {
        Label title = new Label(text.apply("evaluation.q.history"));
        title.getStyleClass().add("title-4");
        ListView<Transition> list = new ListView<>(model.history());
        list.setId("evaluationHistory");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(text.apply("evaluation.q.noHistory")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Transition t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : line(t));
            }
        });
        return new VBox(6, title, list);
    }

    private String line(Transition t) {
        String when = t.changedAt() == null ? "" : t.changedAt().replace('T', ' ');
        if (when.length() > 16) {
            when = when.substring(0, 16);
        }
        String from = t.from() == null ? "–" : model.status(t.from());
        String note = t.note() == null || t.note().isBlank() ? "" : " — " + t.note();
        return when + "  " + t.actor() + ": " + from + " → " + model.status(t.to()) + note;
    }

    private BooleanBinding canEdit() {
        return Bindings.createBooleanBinding(() -> model.access().get().edit(), model.access());
    }

    private BooleanBinding canVerify() {
        return Bindings.createBooleanBinding(() -> model.access().get().verify(), model.access());
    }

    /** The texts that follow the indicator and its stored answer. */
    private void showAnswer() {
        Indicator indicator = editor.indicator().get();
        Answer answer = editor.stored().get();
        Instrument instrument = model.instrument();
        criteria.show(instrument, indicator);
        if (indicator == null || answer == null) {
            heading.setText(text.apply("evaluation.q.noIndicator"));
            place.setText("");
            state.setText("");
            reviewNote.setVisible(false);
            notes.getChildren().clear();
            return;
        }
        heading.setText(indicator.no() + ". " + indicator.name());
        place.setText(place(instrument, indicator, model.i18n()));
        String status = model.i18n().text("evaluation.q.statusLine", model.status(answer.status()),
                answer.assignee() == null ? text.apply("evaluation.q.nobody") : answer.assignee());
        state.setText(answer.needsRecheck() ? status + " · " + text.apply("evaluation.q.recheckMark") : status);
        reviewNote.setText(text.apply("evaluation.q.reviewNote") + " " + answer.reviewNote());
        reviewNote.setVisible(!answer.reviewNote().isBlank());
        notes.getChildren().setAll(note("evaluation.q.note.explanation", indicator.explanation()),
                note("evaluation.q.note.assessment", indicator.assessmentNote()),
                note("evaluation.q.note.evidence", indicator.evidenceNote()));
    }

    /** "Domain 1 Kebijakan Internal SPBE · Aspek 1 … · bobot 1,3 %". */
    static String place(Instrument instrument, Indicator indicator, id.tata.common.l10n.I18n i18n) {
        var aspect = instrument.aspect(indicator.aspect());
        String a = aspect.map(x -> i18n.text("evaluation.q.place.aspect", x.no(), x.name())).orElse("");
        String d = aspect.map(x -> x.domain()).flatMap(no -> no == null ? java.util.Optional.empty()
                : instrument.domain(no)).map(x -> i18n.text("evaluation.q.place.domain", x.no(), x.name()) + " · ")
                .orElse("");
        return d + a + " · " + i18n.text("evaluation.q.place.weight",
                indicator.weight().stripTrailingZeros().toPlainString().replace('.', ','));
    }

    private VBox note(String key, String body) {
        Label title = new Label(text.apply(key));
        title.getStyleClass().add("text-bold");
        Label content = new Label(body.isBlank() ? text.apply("evaluation.q.noNote") : body);
        content.setWrapText(true);
        if (body.isBlank()) {
            content.getStyleClass().add("text-muted");
        }
        return new VBox(2, title, content);
    }
}
