package id.tata.cli;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.AnswerEdit;
import id.tata.evaluation.domain.Transition;
import id.tata.evaluation.service.AnswerService;
import id.tata.workspace.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** `tata evaluation answer …`: one indicator's answer — show, set, verified result, review steps, history, assign. */
final class AnswerCommand {
    private AnswerCommand() {
    }

    static AnswerService service() {
        return new AnswerService(AssessmentCommand.service());
    }

    @Command(name = "answer", description = "the answer of one indicator: show, set, submit, approve, return …",
            subcommands = {Show.class, SetAnswer.class, Verified.class, Submit.class, Approve.class, Return.class,
                    Confirm.class, History.class, Assign.class})
    static final class Group {
    }

    /** The options every single-indicator command has. */
    abstract static class OnIndicator extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;
        @Option(names = "--indicator", required = true) int indicator;

        int show(BiFunction<Session, AnswerService, Answer> work) {
            Answer a = withSession(s -> work.apply(s, service()));
            print(toMap(a), human(a));
            return 0;
        }

        String human(Answer a) {
            return text("cli.evaluation.answer", a.indicatorNo(), level(a.selfLevel()),
                    text("evaluation.status." + a.status().name()), a.explanation().isEmpty() ? "-" : a.explanation(),
                    a.evidence().size());
        }
    }

    @Command(name = "show", description = "the answer of an indicator")
    static final class Show extends OnIndicator {
        @Override
        public Integer call() {
            return show((s, svc) -> svc.answer(s, assessment, indicator));
        }
    }

    @Command(name = "set", description = "write the self level, explanation, target level or public service "
            + "(options not given stay as they are)")
    static final class SetAnswer extends OnIndicator {
        @Option(names = "--level", description = "self level 1–5") Integer level;
        @Option(names = "--explanation") String explanation;
        @Option(names = "--target", description = "target level 1–5") Integer target;
        @Option(names = "--public-service", description = "name of the chosen public service") String publicService;

        @Override
        public Integer call() {
            return show((s, svc) -> {
                Answer now = svc.answer(s, assessment, indicator);
                return svc.save(s, assessment, indicator, new AnswerEdit(
                        level != null ? level : now.selfLevel(),
                        explanation != null ? explanation : now.explanation(),
                        target != null ? target : now.targetLevel(),
                        publicService != null ? publicService : now.publicService()));
            });
        }
    }

    @Command(name = "verified", description = "the official result: verified level and the assessors' note")
    static final class Verified extends OnIndicator {
        @Option(names = "--level", required = true) Integer level;
        @Option(names = "--note", defaultValue = "") String note;

        @Override
        public Integer call() {
            return show((s, svc) -> svc.saveVerified(s, assessment, indicator, level, note));
        }
    }

    @Command(name = "submit", description = "hand the answer in for review (operator)")
    static final class Submit extends OnIndicator {
        @Override
        public Integer call() {
            return show((s, svc) -> svc.submit(s, assessment, indicator));
        }
    }

    @Command(name = "approve", description = "approve a submitted answer (supervisor)")
    static final class Approve extends OnIndicator {
        @Option(names = "--note", defaultValue = "") String note;

        @Override
        public Integer call() {
            return show((s, svc) -> svc.approve(s, assessment, indicator, note));
        }
    }

    @Command(name = "return", description = "return an answer to the operator with a note (supervisor)")
    static final class Return extends OnIndicator {
        @Option(names = "--note", required = true) String note;

        @Override
        public Integer call() {
            return show((s, svc) -> svc.returnAnswer(s, assessment, indicator, note));
        }
    }

    @Command(name = "confirm", description = "mark a carried-forward answer as checked again")
    static final class Confirm extends OnIndicator {
        @Override
        public Integer call() {
            return show((s, svc) -> svc.confirm(s, assessment, indicator));
        }
    }

    @Command(name = "history", description = "the status changes of an indicator, who and when")
    static final class History extends OnIndicator {
        @Override
        public Integer call() {
            List<Transition> all = withSession(s -> service().history(s, assessment, indicator));
            print(all.stream().map(t -> Map.of("from", t.from().name(), "to", t.to().name(), "note", t.note(),
                    "actor", t.actor(), "at", t.changedAt())).toList(), all.stream()
                    .map(t -> t.changedAt() + "  " + t.actor() + "  " + text("evaluation.status." + t.from().name())
                            + " → " + text("evaluation.status." + t.to().name())
                            + (t.note().isEmpty() ? "" : "  " + t.note()))
                    .collect(Collectors.joining("\n")));
            return 0;
        }
    }

    @Command(name = "assign", description = "assign indicators to a user (and an agency)")
    static final class Assign extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;
        @Option(names = "--indicators", required = true, split = ",") List<Integer> indicators;
        @Option(names = "--to", description = "username; empty to unassign", defaultValue = "") String user;
        @Option(names = "--agency", description = "id of the responsible agency") Long agency;

        @Override
        public Integer call() {
            int n = withSession(s -> service().assign(s, assessment, indicators, user, agency));
            print(Map.of("assessment", assessment, "indicators", n, "assignee", user),
                    text("cli.evaluation.assigned", n, user.isEmpty() ? "-" : user));
            return 0;
        }
    }

    static Map<String, Object> toMap(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", a.indicatorNo());
        m.put("self_level", a.selfLevel());
        m.put("explanation", a.explanation());
        m.put("target_level", a.targetLevel());
        m.put("verified_level", a.verifiedLevel());
        m.put("verifier_note", a.verifierNote());
        m.put("public_service", a.publicService());
        m.put("status", a.status().name());
        m.put("review_note", a.reviewNote());
        m.put("recheck", a.needsRecheck());
        m.put("assignee", a.assignee());
        m.put("evidence", a.evidence().stream().map(EvidenceCommand::toMap).toList());
        return m;
    }

    private static String level(Integer level) {
        return level == null ? "-" : level.toString();
    }
}
