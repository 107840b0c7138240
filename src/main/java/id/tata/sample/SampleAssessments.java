package id.tata.sample;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.service.AnswerService;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.EvidenceService;
import id.tata.evaluation.service.InstrumentService;
import id.tata.workspace.Session;

import java.nio.file.Path;
import java.util.List;

/**
 * The assessments of Kota Contoh: a finished Penilaian Mandiri SPBE 2025 (SPBE-2020: levels, explanations, targets,
 * public services, a few evidence files, verified levels; every answer submitted by the operator, approved by the
 * supervisor, then finalised) and a Penilaian Mandiri PEMDI 2026 in progress (assigned, some answers approved, some
 * submitted, one returned, some drafts, the rest empty).
 */
final class SampleAssessments {
    private final AssessmentService assessments = new AssessmentService(new InstrumentService());
    private final AnswerService answers = new AnswerService(assessments);
    private final EvidenceService evidence = new EvidenceService(answers);
    /** One file per name: a document cited by several indicators is the same file, stored once. */
    private final java.util.Map<String, byte[]> files = new java.util.HashMap<>();
    private final Session operator;
    private final Session supervisor;

    SampleAssessments(Session operator, Session supervisor) {
        this.operator = operator;
        this.supervisor = supervisor;
    }

    void build(Path levels2025, List<String[]> answers2025, List<String[]> answers2026) {
        long y2025 = assessments.create(supervisor, "SPBE-2020", 2025).id();
        assessments.importLevels(supervisor, y2025, levels2025);
        for (String[] r : answers2025) {
            int no = Integer.parseInt(r[0]);
            Answer now = answers.answer(operator, y2025, no);
            answers.save(operator, y2025, no, new AnswerEdit(now.selfLevel(), r[1], level(r[3]), r[4]));
            if (!r[2].isBlank()) {
                evidence.attach(operator, y2025, no, r[2], files.computeIfAbsent(r[2], SampleEvidence::file));
            }
            answers.submit(operator, y2025, no);
            answers.approve(supervisor, y2025, no, "");
        }
        assessments.finalizeAssessment(supervisor, y2025);

        long y2026 = assessments.create(supervisor, "PEMDI-2026", 2026).id();
        answers.assign(supervisor, y2026, range(1, 12), "operator", null);
        answers.assign(supervisor, y2026, range(13, 20), "analis", null);
        for (String[] r : answers2026) {
            progress(y2026, Integer.parseInt(r[0]), Integer.parseInt(r[1]), r[2], r[3], r[4]);
        }
    }

    private void progress(long id, int no, int level, String explanation, String status, String assignee) {
        if (!assignee.equals(operator.user().username())) {
            answers.assign(supervisor, id, List.of(no), operator.user().username(), null);
        }
        answers.save(operator, id, no, new AnswerEdit(level, explanation, null, ""));
        if (!status.equals("DRAFT")) {
            answers.submit(operator, id, no);
            if (status.equals("APPROVED")) {
                answers.approve(supervisor, id, no, "");
            } else if (status.equals("RETURNED")) {
                answers.returnAnswer(supervisor, id, no, "Lengkapi dengan SK pembentukan simpul jaringan.");
            }
        }
        if (!assignee.equals(operator.user().username())) {
            answers.assign(supervisor, id, List.of(no), assignee, null);
        }
    }

    private static Integer level(String text) {
        return text.isBlank() ? null : Integer.valueOf(text);
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }
}
