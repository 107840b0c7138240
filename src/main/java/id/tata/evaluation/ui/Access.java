package id.tata.evaluation.ui;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerStatus;
import id.tata.evaluation.domain.Assessment;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;
import id.tata.workspace.user.Role;

/**
 * What the user may do with one answer now, so buttons are hidden or disabled instead of failing when pressed. The
 * rules mirror AnswerService (which still refuses on its own): a final assessment changes for nobody, an operator
 * fills only a draft or returned answer assigned to them or to nobody, a supervisor approves a submitted answer and
 * returns a submitted or approved one.
 */
record Access(boolean edit, boolean verify, boolean submit, boolean approver, boolean approve, boolean giveBack,
              boolean confirm) {
    static final Access NONE = new Access(false, false, false, false, false, false, false);

    static Access of(Session session, boolean writable, Assessment assessment, Answer answer) {
        boolean approver = session.can(Permission.EVALUATION_APPROVE);
        if (assessment == null || answer == null || !writable || assessment.isFinal()) {
            return new Access(false, false, false, approver, false, false, false);
        }
        boolean enter = session.can(Permission.EVALUATION_ENTER);
        boolean mine = session.user().role() != Role.OPERATOR || answer.assignee() == null
                || answer.assignee().equals(session.user().username());
        boolean edit = enter && mine && answer.status().editable();
        AnswerStatus status = answer.status();
        return new Access(edit, enter, edit, approver,
                approver && status == AnswerStatus.SUBMITTED,
                approver && (status == AnswerStatus.SUBMITTED || status == AnswerStatus.APPROVED),
                enter && answer.needsRecheck());
    }
}
