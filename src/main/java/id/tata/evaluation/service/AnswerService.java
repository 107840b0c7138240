package id.tata.evaluation.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.Indicator;
import id.tata.evaluation.domain.Instrument;
import id.tata.evaluation.domain.Transition;
import id.tata.evaluation.persistence.AnswerRepository;
import id.tata.evaluation.persistence.AssessmentRepository;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.Role;

import java.util.Collection;
import java.util.List;
import java.util.Map;


/**
 * The answers of an assessment and their review: an operator fills and submits an indicator, a supervisor approves it
 * or returns it with a note; every change of status is kept in the history. A final assessment refuses every change.
 */
public final class AnswerService {
    private final AnswerRepository repository = new AnswerRepository();
    private final AssessmentService assessments;

    public AnswerService(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** Every indicator of the instrument with its answer (a blank draft where nothing was written yet). */
    public List<Answer> answers(Session session, long assessmentId) {
        Instrument instrument = assessments.instrument(session, assessments.existing(session, assessmentId));
        Map<Integer, Answer> stored = session.read(Permission.WORKSPACE_READ,
                dsl -> repository.answers(dsl, assessmentId));
        return instrument.indicators().stream()
                .map(i -> stored.getOrDefault(i.no(), Answer.blank(i.no()))).toList();
    }

    public Answer answer(Session session, long assessmentId, int indicator) {
        indicator(session, assessmentId, indicator);
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.answer(dsl, assessmentId, indicator))
                .orElse(Answer.blank(indicator));
    }

    /** Saves what the operator wrote; only a draft or returned answer may change, and only by its assignee. */
    public Answer save(Session session, long assessmentId, int indicator, AnswerEdit edit) {
        checkLevel(edit.selfLevel(), "self_level");
        checkLevel(edit.targetLevel(), "target_level");
        return change(session, assessmentId, indicator, Permission.EVALUATION_ENTER, tx -> {
            Answer current = current(tx, assessmentId, indicator);
            requireEditable(session, current);
            repository.write(tx, assessmentId, indicator, edit);
        });
    }

    /** The official result, entered later: the verified level and the external assessors' note. */
    public Answer saveVerified(Session session, long assessmentId, int indicator, Integer level, String note) {
        checkLevel(level, "verified_level");
        return change(session, assessmentId, indicator, Permission.EVALUATION_ENTER,
                tx -> repository.writeVerified(tx, assessmentId, indicator, level, note));
    }

    /** Marks a carried-forward answer as looked at again. */
    public Answer confirm(Session session, long assessmentId, int indicator) {
        return change(session, assessmentId, indicator, Permission.EVALUATION_ENTER,
                tx -> repository.confirm(tx, assessmentId, indicator));
    }

    /** The operator hands the answer in for review; it needs a self level. */
    public Answer submit(Session session, long assessmentId, int indicator) {
        return change(session, assessmentId, indicator, Permission.EVALUATION_ENTER, tx -> {
            Answer current = current(tx, assessmentId, indicator);
            requireEditable(session, current);
            if (current.selfLevel() == null) {
                throw new TataException(ErrorKind.REFUSED, "evaluation.error.submitWithoutLevel", indicator);
            }
            repository.transition(tx, assessmentId, indicator, AnswerStatus.SUBMITTED, "");
        });
    }

    public Answer approve(Session session, long assessmentId, int indicator, String note) {
        return change(session, assessmentId, indicator, Permission.EVALUATION_APPROVE, tx -> {
            requireStatus(current(tx, assessmentId, indicator), AnswerStatus.SUBMITTED);
            repository.transition(tx, assessmentId, indicator, AnswerStatus.APPROVED, note);
        });
    }

    /** Sends the answer back to the operator; the note says what to fix. An approved answer may be returned too. */
    public Answer returnAnswer(Session session, long assessmentId, int indicator, String note) {
        if (note == null || note.isBlank()) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.returnNote", indicator);
        }
        return change(session, assessmentId, indicator, Permission.EVALUATION_APPROVE, tx -> {
            Answer current = current(tx, assessmentId, indicator);
            if (current.status() != AnswerStatus.APPROVED) {
                requireStatus(current, AnswerStatus.SUBMITTED);
            }
            repository.transition(tx, assessmentId, indicator, AnswerStatus.RETURNED, note.strip());
        });
    }

    /** Who answers the indicators (a Tata user, or nobody) and which agency is responsible for them. */
    public int assign(Session session, long assessmentId, Collection<Integer> indicators, String assignee,
                      Long agencyId) {
        Assessment assessment = open(session, assessmentId);
        for (int no : indicators) {
            indicator(session, assessment.id(), no);
        }
        String user = assignee == null || assignee.isBlank() ? null : assignee.strip();
        return session.write(Permission.EVALUATION_APPROVE, tx -> {
            if (user != null && !new AssessmentRepository().userExists(tx.dsl(), user)) {
                throw new TataException(ErrorKind.NOT_FOUND, "evaluation.error.noUser", user);
            }
            for (int no : indicators) {
                repository.assign(tx, assessmentId, no, user, agencyId);
            }
            return indicators.size();
        });
    }

    /** The status changes of one indicator (or of all when {@code indicator} is null), oldest first. */
    public List<Transition> history(Session session, long assessmentId, Integer indicator) {
        return session.read(Permission.WORKSPACE_READ, dsl -> repository.history(dsl, assessmentId, indicator));
    }

    private Answer change(Session session, long assessmentId, int indicator, Permission permission,
                          java.util.function.Consumer<Tx> work) {
        session.require(permission);
        open(session, assessmentId);
        indicator(session, assessmentId, indicator);
        session.write(permission, tx -> {
            work.accept(tx);
            return null;
        });
        return answer(session, assessmentId, indicator);
    }

    private Answer current(Tx tx, long assessmentId, int indicator) {
        return repository.answer(tx.dsl(), assessmentId, indicator).orElse(Answer.blank(indicator));
    }

    /** A draft or returned answer; an operator may change only the indicators assigned to them (or to nobody). */
    private static void requireEditable(Session session, Answer current) {
        if (!current.status().editable()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.error.notEditable", current.indicatorNo(),
                    current.status().name());
        }
        if (session.user().role() == Role.OPERATOR && current.assignee() != null
                && !current.assignee().equals(session.user().username())) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.error.notAssignee", current.indicatorNo(),
                    current.assignee());
        }
    }

    private static void requireStatus(Answer current, AnswerStatus expected) {
        if (current.status() != expected) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.error.wrongStatus", current.indicatorNo(),
                    current.status().name(), expected.name());
        }
    }

    /**
     * Refuses unless the user may change this answer now: the assessment is not final, the answer is a draft or
     * returned, and an operator is its assignee (or it has none).
     */
    public void requireWritable(Session session, long assessmentId, int indicator) {
        session.require(Permission.EVALUATION_ENTER);
        open(session, assessmentId);
        requireEditable(session, answer(session, assessmentId, indicator));
    }

    private Assessment open(Session session, long assessmentId) {
        Assessment a = assessments.existing(session, assessmentId);
        if (a.isFinal()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.error.final", a.name(), a.revision());
        }
        return a;
    }

    private Indicator indicator(Session session, long assessmentId, int no) {
        Instrument instrument = assessments.instrument(session, assessments.existing(session, assessmentId));
        return instrument.indicators().stream().filter(i -> i.no() == no).findFirst()
                .orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND, "evaluation.error.noIndicator", no,
                        instrument.code()));
    }

    private static void checkLevel(Integer level, String field) {
        if (level != null && (level < 1 || level > 5)) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.level", field, level);
        }
    }
}
