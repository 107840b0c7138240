package id.tata.evaluation.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.workspace.Session;

/**
 * Saves what was typed for one indicator — the operator's part and, separately, the verified level — and on undo
 * writes back what was stored before. (The recheck mark a save clears is not put back: the answer was looked at.)
 */
final class SaveAnswerCommand implements UndoableCommand {
    private final EvaluationServices services;
    private final Session session;
    private final long assessment;
    private final Answer before;
    private final AnswerEdit after;
    private final boolean answerChanged;
    private final Integer verified;
    private final String verifierNote;
    private final boolean verifiedChanged;
    private final String name;

    SaveAnswerCommand(EvaluationServices services, Session session, long assessment, Answer before, AnswerEdit after,
                      boolean answerChanged, Integer verified, String verifierNote, boolean verifiedChanged,
                      String name) {
        this.services = services;
        this.session = session;
        this.assessment = assessment;
        this.before = before;
        this.after = after;
        this.answerChanged = answerChanged;
        this.verified = verified;
        this.verifierNote = verifierNote;
        this.verifiedChanged = verifiedChanged;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        if (answerChanged) {
            services.answers().save(session, assessment, before.indicatorNo(), after);
        }
        if (verifiedChanged) {
            services.answers().saveVerified(session, assessment, before.indicatorNo(), verified, verifierNote);
        }
    }

    @Override
    public void undo() {
        if (answerChanged) {
            services.answers().save(session, assessment, before.indicatorNo(), AnswerEdit.of(before));
        }
        if (verifiedChanged) {
            services.answers().saveVerified(session, assessment, before.indicatorNo(), before.verifiedLevel(),
                    before.verifierNote());
        }
    }
}
