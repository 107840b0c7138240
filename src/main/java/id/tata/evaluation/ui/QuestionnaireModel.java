package id.tata.evaluation.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.TaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Aspect;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.Domain;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.Transition;
import id.tata.workspace.Session;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The questionnaire of one assessment: every indicator with its answer, filtered by domain, aspect, status, assignee
 * and the re-check mark; the chosen indicator in the editor. Moving to another indicator saves the edits first, so
 * nothing typed is lost by a keystroke. All workspace work runs on the task executor.
 */
final class QuestionnaireModel {
    private final EvaluationServices services;
    private final Session session;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final boolean writable;
    private final CommandStack commands;
    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    private final FilteredList<IndicatorRow> shown = new FilteredList<>(rows);
    private final ObservableList<Domain> domains = FXCollections.observableArrayList();
    private final ObservableList<Aspect> aspects = FXCollections.observableArrayList();
    private final ObservableList<String> assignees = FXCollections.observableArrayList();
    private final ObjectProperty<Domain> domainFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Aspect> aspectFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<AnswerStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> assigneeFilter = new SimpleObjectProperty<>();
    private final BooleanProperty recheckOnly = new SimpleBooleanProperty();
    private final ObjectProperty<IndicatorRow> current = new SimpleObjectProperty<>();
    private final AnswerEditorModel editor = new AnswerEditorModel();
    private final ObjectProperty<Access> access = new SimpleObjectProperty<>(Access.NONE);
    private final ObservableList<Transition> history = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    /** Non-empty while the assessment shown is final: why nothing on the page can be changed. */
    private final StringProperty finalNote = new SimpleStringProperty("");
    /** Bumped whenever an answer in the rows changed, so the table redraws and the filter is applied again. */
    private final IntegerProperty changes = new SimpleIntegerProperty();
    private Assessment assessment;
    private Instrument instrument;

    QuestionnaireModel(EvaluationServices services, Session session, TaskExecutor tasks, CommandStack commands,
                       I18n i18n, boolean writable) {
        this.services = services;
        this.commands = commands;
        this.session = session;
        this.tasks = tasks;
        this.i18n = i18n;
        this.writable = writable;
        for (var filter : List.of(domainFilter, aspectFilter, statusFilter, assigneeFilter, recheckOnly)) {
            filter.addListener((obs, old, now) -> refilter());
        }
        domainFilter.addListener((obs, old, now) -> {
            aspects.setAll(withAll(instrument == null ? List.of() : now == null ? instrument.aspects()
                    : instrument.aspectsOf(now)));
            aspectFilter.set(null);
        });
        editor.stored().addListener((obs, old, now) -> refreshAccess());
    }

    /** Loads the questionnaire of the assessment (null: nothing to show), saving what was typed first. */
    void show(Assessment chosen) {
        if (current.get() != null && editor.dirty().get()) {
            save(() -> load(chosen));
        } else {
            load(chosen);
        }
    }

    private void load(Assessment chosen) {
        if (chosen == null) {
            assessment = null;
            instrument = null;
            finalNote.set("");
            rows.clear();
            current.set(null);
            editor.load(null, null);
            return;
        }
        tasks.execute(BackgroundTask.of(i18n.text("evaluation.q.task.load", chosen.name()), p -> {
                    Instrument found = services.assessments().instrument(session, chosen);
                    return new Loaded(chosen, found, services.answers().answers(session, chosen.id()));
                })
                .onSuccess(this::loaded)
                .onFailure(this::failed));
    }

    private record Loaded(Assessment assessment, Instrument instrument, List<Answer> answers) {
    }

    private void loaded(Loaded loaded) {
        Integer keep = current.get() == null ? null : current.get().no();
        assessment = loaded.assessment();
        instrument = loaded.instrument();
        finalNote.set(assessment.isFinal() ? i18n.text("evaluation.q.finalNote", assessment.revision()) : "");
        domains.setAll(withAll(instrument.domains()));
        aspects.setAll(withAll(instrument.aspects()));
        domainFilter.set(null);
        aspectFilter.set(null);
        rows.setAll(loaded.answers().stream().map(a -> {
            var indicator = instrument.indicator(a.indicatorNo()).orElseThrow();
            Integer domain = instrument.aspect(indicator.aspect()).map(Aspect::domain).orElse(null);
            return new IndicatorRow(indicator, domain, a);
        }).toList());
        assignees.setAll(withAll(rows.stream().map(r -> r.answer().assignee()).filter(Objects::nonNull).distinct()
                .sorted().toList()));
        current.set(null);
        error.set("");
        IndicatorRow first = shown.stream().filter(r -> Objects.equals(r.no(), keep)).findFirst()
                .orElse(shown.isEmpty() ? null : shown.get(0));
        choose(first);
    }

    /** The choices of a filter: null first, meaning "all". */
    private static <T> List<T> withAll(List<T> choices) {
        List<T> out = new java.util.ArrayList<>();
        out.add(null);
        out.addAll(choices);
        return out;
    }

    /** Shows another indicator; unsaved edits of the current one are saved first. */
    void choose(IndicatorRow row) {
        if (row == current.get()) {
            return;
        }
        if (current.get() != null && editor.dirty().get()) {
            save(() -> open(row));
        } else {
            open(row);
        }
    }

    private void open(IndicatorRow row) {
        current.set(row);
        editor.load(row == null ? null : row.indicator(), row == null ? null : row.answer());
        // the same answer in an assessment now final is an equal value: the listener alone would not see it
        refreshAccess();
        loadHistory();
    }

    /** The next (+1) or previous (-1) indicator in the filtered list. */
    void move(int step) {
        int at = shown.indexOf(current.get());
        int to = at + step;
        if (to >= 0 && to < shown.size()) {
            choose(shown.get(to));
        }
    }

    /** Saves what changed (the answer and, separately, the verified level) and then runs {@code then}. */
    void save(Runnable then) {
        IndicatorRow row = current.get();
        if (row == null || !editor.dirty().get()) {
            then.run();
            return;
        }
        Access can = access.get();
        var edit = editor.edit();
        boolean answerChanged = editor.editChanged() && can.edit();
        boolean verifiedChanged = editor.verifiedChanged() && can.verify();
        long id = assessment.id();
        String title = i18n.text("evaluation.q.command.save", row.no());
        SaveAnswerCommand command = new SaveAnswerCommand(services, session, id, editor.stored().get(), edit,
                answerChanged, editor.verifiedLevel().get(), editor.verifierNote().get(), verifiedChanged, title);
        tasks.execute(BackgroundTask.of(title, p -> {
                    if (answerChanged || verifiedChanged) {
                        commands.execute(command);
                    }
                    return services.answers().answer(session, id, row.no());
                })
                .onSuccess(saved -> {
                    updated(row, saved, true);
                    notice.set(i18n.text("evaluation.q.saved", row.no()));
                    then.run();
                })
                .onFailure(this::failed));
    }

    void submit() {
        transition("evaluation.q.task.submit", (id, no) -> services.answers().submit(session, id, no));
    }

    void approve(String note) {
        transition("evaluation.q.task.approve", (id, no) -> services.answers().approve(session, id, no, note));
    }

    void giveBack(String note) {
        transition("evaluation.q.task.return", (id, no) -> services.answers().returnAnswer(session, id, no, note));
    }

    void confirm() {
        transition("evaluation.q.task.confirm", (id, no) -> services.answers().confirm(session, id, no));
    }

    @FunctionalInterface
    private interface Step {
        Answer run(long assessment, int indicator);
    }

    /** A change of status: the edits are saved first, so what is submitted is what the user sees. */
    private void transition(String titleKey, Step step) {
        save(() -> {
            IndicatorRow row = current.get();
            long id = assessment.id();
            tasks.execute(BackgroundTask.of(i18n.text(titleKey, row.no()), p -> step.run(id, row.no()))
                    .onSuccess(changed -> {
                        updated(row, changed, true);
                        notice.set(i18n.text("evaluation.q.status", row.no(),
                                i18n.text("evaluation.status." + changed.status().name())));
                        loadHistory();
                    })
                    .onFailure(this::failed));
        });
    }

    /** The row now has {@code answer}; the editor follows unless the user typed something meanwhile. */
    void updated(IndicatorRow row, Answer answer, boolean reload) {
        row.answer(answer);
        if (row == current.get()) {
            if (reload) {
                editor.load(row.indicator(), answer);
            } else {
                editor.rebase(answer);
            }
        }
        error.set("");
        changes.set(changes.get() + 1);
    }

    /**
     * Gives the indicators to a user (null: to nobody), then shows the new assignees. Not undoable: the service
     * offers no way back to each indicator's previous assignee in one step; the change is in the audit log.
     */
    void assign(List<IndicatorRow> chosen, String user) {
        if (chosen.isEmpty() || assessment == null) {
            return;
        }
        long id = assessment.id();
        List<Integer> numbers = chosen.stream().map(IndicatorRow::no).toList();
        tasks.execute(BackgroundTask.of(i18n.text("evaluation.q.task.assign", numbers.size()), p -> {
                    services.answers().assign(session, id, numbers, user, null);
                    return services.answers().answers(session, id);
                })
                .onSuccess(answers -> {
                    for (IndicatorRow row : chosen) {
                        answers.stream().filter(a -> a.indicatorNo() == row.no()).findFirst()
                                .ifPresent(a -> updated(row, a, row != current.get() || !editor.dirty().get()));
                    }
                    String keep = assigneeFilter.get();
                    assignees.setAll(withAll(rows.stream().map(r -> r.answer().assignee()).filter(Objects::nonNull)
                            .distinct().sorted().toList()));
                    assigneeFilter.set(assignees.contains(keep) ? keep : null);
                    notice.set(i18n.text("evaluation.q.assigned", numbers.size(),
                            user == null ? i18n.text("evaluation.q.nobody") : user));
                })
                .onFailure(this::failed));
    }

    private void refreshAccess() {
        access.set(Access.of(session, writable, assessment, editor.stored().get()));
    }

    private void loadHistory() {
        IndicatorRow row = current.get();
        if (row == null || assessment == null) {
            history.clear();
            return;
        }
        long id = assessment.id();
        tasks.execute(BackgroundTask.of(i18n.text("evaluation.q.task.history", row.no()),
                        p -> services.answers().history(session, id, row.no()))
                .onSuccess(history::setAll)
                .onFailure(this::failed));
    }

    private void refilter() {
        Predicate<IndicatorRow> match = r -> true;
        Domain d = domainFilter.get();
        Aspect a = aspectFilter.get();
        AnswerStatus s = statusFilter.get();
        String who = assigneeFilter.get();
        if (d != null) {
            match = match.and(r -> Objects.equals(r.domain(), d.no()));
        }
        if (a != null) {
            match = match.and(r -> r.indicator().aspect() == a.no());
        }
        if (s != null) {
            match = match.and(r -> r.answer().status() == s);
        }
        if (who != null) {
            match = match.and(r -> who.equals(r.answer().assignee()));
        }
        if (recheckOnly.get()) {
            match = match.and(r -> r.answer().needsRecheck());
        }
        shown.setPredicate(match);
    }

    void failed(Throwable e) {
        error.set(message(e));
        notice.set("");
    }

    String message(Throwable e) {
        return e instanceof TataException t ? t.message(i18n) : String.valueOf(e.getMessage());
    }

    String levelName(int level) {
        var indicator = editor.indicator().get();
        return indicator == null || instrument == null ? "" : instrument.levelName(indicator, level);
    }

    /** Status, assignee and similar short texts of a row, in the user's language. */
    String status(AnswerStatus status) {
        return i18n.text("evaluation.status." + status.name());
    }

    EvaluationServices services() {
        return services;
    }

    Session session() {
        return session;
    }

    CommandStack commands() {
        return commands;
    }

    TaskExecutor tasks() {
        return tasks;
    }

    I18n i18n() {
        return i18n;
    }

    Assessment assessment() {
        return assessment;
    }

    Instrument instrument() {
        return instrument;
    }

    ObservableList<IndicatorRow> rows() {
        return rows;
    }

    FilteredList<IndicatorRow> shown() {
        return shown;
    }

    ObservableList<Domain> domains() {
        return domains;
    }

    ObservableList<Aspect> aspects() {
        return aspects;
    }

    ObservableList<String> assignees() {
        return assignees;
    }

    ObjectProperty<Domain> domainFilter() {
        return domainFilter;
    }

    ObjectProperty<Aspect> aspectFilter() {
        return aspectFilter;
    }

    ObjectProperty<AnswerStatus> statusFilter() {
        return statusFilter;
    }

    ObjectProperty<String> assigneeFilter() {
        return assigneeFilter;
    }

    BooleanProperty recheckOnly() {
        return recheckOnly;
    }

    ObjectProperty<IndicatorRow> current() {
        return current;
    }

    AnswerEditorModel editor() {
        return editor;
    }

    ObjectProperty<Access> access() {
        return access;
    }

    ObservableList<Transition> history() {
        return history;
    }

    StringProperty error() {
        return error;
    }

    StringProperty notice() {
        return notice;
    }

    StringProperty finalNote() {
        return finalNote;
    }

    IntegerProperty changes() {
        return changes;
    }
}
