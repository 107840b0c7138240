package id.tata.cli;

import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.Score;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.InstrumentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** `tata evaluation assessment create|list`, `levels import`, `score`: assessments, their levels and the index. */
final class AssessmentCommand {
    private AssessmentCommand() {
    }

    static AssessmentService service() {
        return new AssessmentService(new InstrumentService());
    }

    @Command(name = "assessment", description = "assessments: one per instrument and year",
            subcommands = {Create.class, ListAssessments.class, Carry.class, Finalize.class, Reopen.class})
    static final class Group {
    }

    @Command(name = "create", description = "create the assessment of an instrument for a year; prints its id")
    static final class Create extends WorkspaceTask {
        @Option(names = "--instrument", required = true, description = "instrument code, e.g. SPBE-2020") String code;
        @Option(names = "--year", required = true) int year;

        @Override
        public Integer call() {
            Assessment a = withSession(s -> service().create(s, code, year));
            print(Map.of("id", a.id(), "name", a.name(), "instrument", a.instrumentCode(),
                    "version", a.instrumentVersion(), "year", a.year()), String.valueOf(a.id()));
            return 0;
        }
    }

    @Command(name = "carry", description = "start the assessment of a new year from an earlier one; every carried "
            + "answer and file is marked to re-check; prints the new id")
    static final class Carry extends WorkspaceTask {
        @Option(names = "--from", required = true, description = "id of the earlier assessment") long from;
        @Option(names = "--year", required = true) int year;

        @Override
        public Integer call() {
            Assessment a = withSession(s -> service().carryForward(s, from, year));
            print(Map.of("id", a.id(), "name", a.name(), "carried_from", from), String.valueOf(a.id()));
            return 0;
        }
    }

    @Command(name = "finalize", description = "lock the assessment (finalisasi); it is kept as a numbered revision")
    static final class Finalize extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;

        @Override
        public Integer call() {
            Assessment a = withSession(s -> service().finalizeAssessment(s, assessment));
            print(Map.of("id", a.id(), "revision", a.revision(), "finalized_at", a.finalizedAt()),
                    text("cli.evaluation.finalized", a.name(), a.revision()));
            return 0;
        }
    }

    @Command(name = "reopen", description = "open the next revision of a final assessment")
    static final class Reopen extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;

        @Override
        public Integer call() {
            Assessment a = withSession(s -> service().reopen(s, assessment));
            print(Map.of("id", a.id(), "revision", a.revision()), text("cli.evaluation.reopened", a.name(),
                    a.revision()));
            return 0;
        }
    }

    @Command(name = "list", description = "the assessments of the workspace")
    static final class ListAssessments extends WorkspaceTask {
        @Override
        public Integer call() {
            List<Assessment> all = withSession(s -> service().list(s));
            String human = all.stream().map(a -> String.format("%-4d %-28s %s v%d", a.id(), a.name(),
                    a.instrumentCode(), a.instrumentVersion())).collect(Collectors.joining("\n"));
            print(all.stream().map(a -> Map.of("id", a.id(), "name", a.name(), "instrument", a.instrumentCode(),
                    "version", a.instrumentVersion(), "year", a.year())).toList(), human);
            return 0;
        }
    }

    @Command(name = "levels", description = "levels of an assessment", subcommands = ImportLevels.class)
    static final class Levels {
    }

    @Command(name = "import", description = "levels from CSV/xlsx with columns indicator,self_level,verified_level "
            + "(either level may be empty); all rows or none")
    static final class ImportLevels extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;
        @Parameters(paramLabel = "FILE") Path file;

        @Override
        public Integer call() {
            int written = withSession(s -> service().importLevels(s, assessment, file));
            print(Map.of("assessment", assessment, "indicators", written),
                    text("cli.evaluation.levelsImported", written, assessment));
            return 0;
        }
    }

    @Command(name = "score", description = "the exact index of the self and verified levels, shown to 2 decimals")
    static final class ScoreCommand extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;

        @Override
        public Integer call() {
            AssessmentService.AssessmentScores scores = withSession(s -> service().score(s, assessment));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("instrument", scores.assessment().instrumentCode());
            json.put("self", toMap(scores.self()));
            json.put("verified", toMap(scores.verified()));
            print(json, human(scores));
            return 0;
        }

        private String human(AssessmentService.AssessmentScores scores) {
            return scores.assessment().name() + "\n" + line("cli.evaluation.self", scores.self()) + "\n"
                    + line("cli.evaluation.verified", scores.verified());
        }

        private String line(String key, Score score) {
            if (score.levels().isEmpty()) {
                return text(key + ".none");
            }
            return text(key, score.shown().toPlainString().replace('.', ','), score.predicate(),
                    score.missing().isEmpty() ? "-" : score.missing().stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")));
        }
    }

    /** The shape the issue specifies: index and predicate, domains and aspects (rounded half-up), missing. */
    static Map<String, Object> toMap(Score score) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", score.shown());
        m.put("predicate", score.predicate());
        m.put("domains", score.domains().stream().map(d -> numbered(d.no(), d.shown())).toList());
        m.put("aspects", score.aspects().stream().map(a -> numbered(a.no(), a.shown())).toList());
        m.put("missing", score.missing());
        return m;
    }

    private static Map<String, Object> numbered(int no, Object index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("no", no);
        m.put("index", index);
        return m;
    }
}
