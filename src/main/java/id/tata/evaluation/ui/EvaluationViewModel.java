package id.tata.evaluation.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.TaskExecutor;
import id.tata.evaluation.domain.AspectScore;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.DomainScore;
import id.tata.evaluation.domain.Score;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.InstrumentService;
import id.tata.evaluation.domain.InstrumentVersion;
import id.tata.workspace.Session;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Penilaian Mandiri, first screen: the assessments of the workspace and, for the chosen one, the index and predicate
 * of the self and the verified levels with every domain and aspect — the figures `tata evaluation score` prints.
 */
public final class EvaluationViewModel {
    private final AssessmentService assessments;
    private final InstrumentService instrumentService;
    private final ObservableList<InstrumentVersion> instruments = FXCollections.observableArrayList();
    /** Chosen after the next reload (an assessment just created), instead of keeping the current one. */
    private Long wanted;
    private final Session session;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final ObservableList<Assessment> list = FXCollections.observableArrayList();
    private final ObservableList<ScoreRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Assessment> chosen = new SimpleObjectProperty<>();
    private final StringProperty selfSummary = new SimpleStringProperty("");
    private final StringProperty verifiedSummary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public EvaluationViewModel(AssessmentService assessments, Session session, TaskExecutor tasks, I18n i18n) {
        this(assessments, new InstrumentService(), session, tasks, i18n);
    }

    public EvaluationViewModel(AssessmentService assessments, InstrumentService instruments, Session session,
                               TaskExecutor tasks, I18n i18n) {
        this.assessments = assessments;
        this.instrumentService = instruments;
        this.session = session;
        this.tasks = tasks;
        this.i18n = i18n;
        chosen.addListener((obs, old, now) -> score(now));
    }

    public ObservableList<Assessment> assessments() {
        return list;
    }

    public ObservableList<ScoreRow> rows() {
        return rows;
    }

    public ObjectProperty<Assessment> chosen() {
        return chosen;
    }

    public StringProperty selfSummary() {
        return selfSummary;
    }

    public StringProperty verifiedSummary() {
        return verifiedSummary;
    }

    public StringProperty error() {
        return error;
    }

    public ObservableList<InstrumentVersion> instruments() {
        return instruments;
    }

    /** Reloads and then shows the assessment with this id. */
    public void reload(long select) {
        wanted = select;
        reload();
    }

    public void reload() {
        tasks.execute(BackgroundTask.of(i18n.text("evaluation.ui.task.load"), p -> new Listed(assessments.list(session),
                        instrumentService.list(session)))
                .onSuccess(listed -> {
                    List<Assessment> found = listed.assessments();
                    instruments.setAll(listed.instruments());
                    Long id = wanted != null ? wanted : chosen.get() == null ? null : chosen.get().id();
                    wanted = null;
                    Assessment again = found.stream().filter(a -> a.id().equals(id)).findFirst()
                            .orElse(found.isEmpty() ? null : found.get(0));
                    list.setAll(found);
                    if (again != null && again.equals(chosen.get())) {
                        score(again);
                    }
                    chosen.set(again);
                })
                .onFailure(e -> error.set(message(e))));
    }

    private record Listed(List<Assessment> assessments, List<InstrumentVersion> instruments) {
    }

    /** "Penilaian Mandiri SPBE 2025 · SPBE-2020", "(sementara)" for a provisional instrument, the final mark. */
    public String label(Assessment a) {
        boolean provisional = instruments.stream().anyMatch(v -> v.code().equals(a.instrumentCode())
                && v.version() == a.instrumentVersion() && v.provisional());
        String text = a.name() + " · " + a.instrumentCode()
                + (provisional ? " " + i18n.text("evaluation.q.provisional") : "");
        return a.isFinal() ? text + " — " + i18n.text("evaluation.q.final", a.revision()) : text;
    }

    /** "SPBE-2020 v1 — Indeks SPBE … (sementara)". */
    public String label(InstrumentVersion v) {
        return v.code() + " v" + v.version() + " — " + v.name()
                + (v.provisional() ? " " + i18n.text("evaluation.q.provisional") : "");
    }

    /** Computes the scores of the chosen assessment again (answers changed). */
    public void rescore() {
        score(chosen.get());
    }

    private void score(Assessment assessment) {
        if (assessment == null) {
            rows.clear();
            return;
        }
        tasks.execute(BackgroundTask.of(i18n.text("evaluation.ui.task.score", assessment.name()),
                        p -> assessments.score(session, assessment.id()))
                .onSuccess(scores -> {
                    selfSummary.set(summary("evaluation.ui.self", scores.self()));
                    verifiedSummary.set(summary("evaluation.ui.verified", scores.verified()));
                    rows.setAll(rows(scores.self(), scores.verified()));
                    error.set("");
                })
                .onFailure(e -> error.set(message(e))));
    }

    String summary(String key, Score score) {
        String missing = score.missing().isEmpty() ? i18n.text("evaluation.ui.complete")
                : i18n.text("evaluation.ui.missing", score.missing().size(),
                score.missing().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return i18n.text(key, decimal(score.shown()), score.predicate(), missing);
    }

    /** Domains, each followed by its aspects (aspects alone for an instrument without domains). */
    static List<ScoreRow> rows(Score self, Score verified) {
        List<ScoreRow> out = new ArrayList<>();
        for (DomainScore d : self.domains()) {
            out.add(new ScoreRow("Domain", d.no(), d.name(), d.weight(), d.shown(), verified.domain(d.no()).map(DomainScore::shown).orElse(null),
                    true));
            self.aspects().stream().filter(a -> a.domain() != null && a.domain() == d.no())
                    .forEach(a -> out.add(aspect(a, verified)));
        }
        self.aspects().stream().filter(a -> a.domain() == null).forEach(a -> out.add(aspect(a, verified)));
        return out;
    }

    private static ScoreRow aspect(AspectScore a, Score verified) {
        return new ScoreRow("Aspek", a.no(), a.name(), a.weight(), a.shown(), verified.aspect(a.no()).map(AspectScore::shown).orElse(null),
                false);
    }

    static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private String message(Throwable e) {
        return e instanceof TataException t ? t.message(i18n) : String.valueOf(e.getMessage());
    }
}
