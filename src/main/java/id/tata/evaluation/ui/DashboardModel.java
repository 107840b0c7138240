package id.tata.evaluation.ui;

import id.tata.common.l10n.I18n;
import id.tata.common.task.BackgroundTask;
import id.tata.common.task.TaskExecutor;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.Score;
import id.tata.evaluation.service.AssessmentService;
import id.tata.workspace.Session;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dashboard of one assessment: both indexes with their predicates, the index of each domain (of each aspect
 * when the instrument has no domains), how many answers are approved, and the index of every year answered on the
 * same instrument.
 */
final class DashboardModel {
    /** One bar group: a domain (or aspect) with its self and verified index, null when not computable. */
    record Bar(String label, BigDecimal self, BigDecimal verified) {
    }

    /** One year of the trend. */
    record Year(int year, String name, BigDecimal self, String selfPredicate, BigDecimal verified,
                String verifiedPredicate) {
    }

    private record Loaded(AssessmentService.AssessmentScores scores, long approved, int total, List<Year> years) {
    }

    private final EvaluationServices services;
    private final Session session;
    private final TaskExecutor tasks;
    private final I18n i18n;
    private final StringProperty selfIndex = new SimpleStringProperty("–");
    private final StringProperty selfPredicate = new SimpleStringProperty("");
    private final StringProperty verifiedIndex = new SimpleStringProperty("–");
    private final StringProperty verifiedPredicate = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ObservableList<Year> years = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty byAspect = new javafx.beans.property.SimpleBooleanProperty();

    DashboardModel(EvaluationServices services, Session session, TaskExecutor tasks, I18n i18n) {
        this.services = services;
        this.session = session;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    void show(Assessment assessment, List<Assessment> all) {
        if (assessment == null) {
            bars.clear();
            years.clear();
            return;
        }
        List<Assessment> same = all.stream().filter(a -> a.instrumentCode().equals(assessment.instrumentCode()))
                .sorted(Comparator.comparingInt(Assessment::year)).toList();
        tasks.execute(BackgroundTask.of(i18n.text("evaluation.ui.task.score", assessment.name()), p -> {
                    var scores = services.assessments().score(session, assessment.id());
                    List<Answer> answers = services.answers().answers(session, assessment.id());
                    long approved = answers.stream().filter(a -> a.status() == AnswerStatus.APPROVED).count();
                    List<Year> trend = new ArrayList<>();
                    for (Assessment a : same) {
                        var s = a.id().equals(assessment.id()) ? scores : services.assessments().score(session, a.id());
                        trend.add(year(a, s.self(), s.verified()));
                    }
                    return new Loaded(scores, approved, answers.size(), trend);
                })
                .onSuccess(this::loaded)
                .onFailure(e -> error.set(e instanceof id.tata.common.error.TataException t ? t.message(i18n)
                        : String.valueOf(e.getMessage()))));
    }

    private void loaded(Loaded loaded) {
        Score self = loaded.scores().self();
        Score verified = loaded.scores().verified();
        selfIndex.set(index(self));
        selfPredicate.set(predicate(self));
        verifiedIndex.set(index(verified));
        verifiedPredicate.set(predicate(verified));
        progress.set(loaded.total() == 0 ? 0 : (double) loaded.approved() / loaded.total());
        progressText.set(i18n.text("evaluation.q.progress", loaded.approved(), loaded.total()));
        byAspect.set(self.domains().isEmpty());
        bars.setAll(bars(self, verified));
        years.setAll(loaded.years());
        error.set("");
    }

    /** Domains, or the aspects of an instrument without domains (PEMDI-2026). */
    static List<Bar> bars(Score self, Score verified) {
        if (!self.domains().isEmpty()) {
            return self.domains().stream().map(d -> new Bar(d.no() + ". " + d.name(), d.shown(),
                    verified.domain(d.no()).map(v -> v.shown()).orElse(null))).toList();
        }
        return self.aspects().stream().map(a -> new Bar(a.no() + ". " + a.name(), a.shown(),
                verified.aspect(a.no()).map(v -> v.shown()).orElse(null))).toList();
    }

    private static Year year(Assessment a, Score self, Score verified) {
        return new Year(a.year(), a.name(), complete(self) ? self.shown() : null, complete(self) ? self.predicate()
                : "", complete(verified) ? verified.shown() : null, complete(verified) ? verified.predicate() : "");
    }

    /** An index with missing indicators is not the assessment's index; the dashboard says so instead. */
    private static boolean complete(Score score) {
        return score.missing().isEmpty();
    }

    private String index(Score score) {
        return complete(score) ? EvaluationViewModel.decimal(score.shown()) : "–";
    }

    private String predicate(Score score) {
        return complete(score) ? score.predicate()
                : i18n.text("evaluation.q.incomplete", score.missing().size());
    }

    StringProperty selfIndex() {
        return selfIndex;
    }

    StringProperty selfPredicate() {
        return selfPredicate;
    }

    StringProperty verifiedIndex() {
        return verifiedIndex;
    }

    StringProperty verifiedPredicate() {
        return verifiedPredicate;
    }

    DoubleProperty progress() {
        return progress;
    }

    StringProperty progressText() {
        return progressText;
    }

    ObservableList<Bar> bars() {
        return bars;
    }

    ObservableList<Year> years() {
        return years;
    }

    /** True when the bars are aspects (an instrument without domains). */
    javafx.beans.property.BooleanProperty byAspect() {
        return byAspect;
    }

    StringProperty error() {
        return error;
    }
}
