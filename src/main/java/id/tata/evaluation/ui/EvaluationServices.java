package id.tata.evaluation.ui;

import id.tata.evaluation.service.AnswerService;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.EvidenceService;
import id.tata.evaluation.service.InstrumentService;

/** The evaluation services one page uses, built once by the module. */
record EvaluationServices(InstrumentService instruments, AssessmentService assessments, AnswerService answers,
                          EvidenceService evidence) {
    static EvaluationServices of(AssessmentService assessments) {
        AnswerService answers = new AnswerService(assessments);
        // InstrumentService keeps no state of its own (the workspace does), so a second instance is the same service
        return new EvaluationServices(new InstrumentService(), assessments, answers, new EvidenceService(answers));
    }
}
