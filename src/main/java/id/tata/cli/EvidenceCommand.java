package id.tata.cli;

import id.tata.evaluation.domain.Answer;
import id.tata.evaluation.domain.EvidenceProblem;
import id.tata.evaluation.domain.EvidenceRef;
import id.tata.evaluation.service.EvidenceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** `tata evaluation evidence attach|list|check`: evidence files (bukti dukung) of an assessment. */
final class EvidenceCommand {
    private EvidenceCommand() {
    }

    static EvidenceService service() {
        return new EvidenceService(AnswerCommand.service());
    }

    @Command(name = "evidence", description = "evidence files: attach, list, check",
            subcommands = {Attach.class, ListEvidence.class, Check.class, Limit.class})
    static final class Group {
    }

    @Command(name = "attach", description = "attach files to an indicator (checked by content, size-limited)")
    static final class Attach extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;
        @Option(names = "--indicator", required = true) int indicator;
        @Parameters(paramLabel = "FILE", arity = "1..*") List<Path> files;

        @Override
        public Integer call() {
            List<EvidenceRef> attached = withSession(s -> {
                List<EvidenceRef> refs = new ArrayList<>();
                for (Path f : files) {
                    refs.add(service().attach(s, assessment, indicator, f));
                }
                return refs;
            });
            print(attached.stream().map(EvidenceCommand::toMap).toList(), attached.stream()
                    .map(e -> text("cli.evaluation.evidenceAttached", e.originalName(), indicator, e.sha256()))
                    .collect(Collectors.joining("\n")));
            return 0;
        }
    }

    @Command(name = "list", description = "the evidence of every indicator")
    static final class ListEvidence extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;

        @Override
        public Integer call() {
            List<Answer> answers = withSession(s -> AnswerCommand.service().answers(s, assessment));
            List<EvidenceRef> all = answers.stream().flatMap(a -> a.evidence().stream()).toList();
            print(all.stream().map(EvidenceCommand::toMap).toList(), all.stream()
                    .map(e -> String.format("%3d  %s  %s  %,d", e.indicatorNo(), e.sha256().substring(0, 12),
                            e.originalName(), e.size()))
                    .collect(Collectors.joining("\n")));
            return 0;
        }
    }

    @Command(name = "check", description = "re-check every evidence hash; exit 1 when a file is missing or altered")
    static final class Check extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;

        @Override
        public Integer call() {
            List<EvidenceProblem> problems = withSession(s -> service().check(s, assessment));
            print(problems.stream().map(p -> Map.of("indicator", p.indicatorNo(), "name", p.originalName(),
                    "sha256", p.sha256(), "problem", p.kind().name())).toList(), problems.isEmpty()
                    ? text("cli.evaluation.evidenceOk") : problems.stream()
                    .map(p -> text("cli.evaluation.evidenceProblem." + p.kind().name(), p.originalName(),
                            p.indicatorNo()))
                    .collect(Collectors.joining("\n")));
            return problems.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "limit", description = "show or set the largest evidence file accepted (default 50 MB)")
    static final class Limit extends WorkspaceTask {
        @Option(names = "--mb", description = "new limit in megabytes") Integer mb;

        @Override
        public Integer call() {
            long bytes = withSession(s -> {
                if (mb != null) {
                    service().setMaxBytes(s, mb * 1024L * 1024L);
                }
                return service().maxBytes(s);
            });
            print(Map.of("max_bytes", bytes), text("cli.evaluation.evidenceLimit", bytes / (1024 * 1024)));
            return 0;
        }
    }

    static Map<String, Object> toMap(EvidenceRef e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", e.indicatorNo());
        m.put("name", e.originalName());
        m.put("sha256", e.sha256());
        m.put("size", e.size());
        m.put("media_type", e.mediaType());
        m.put("attached_by", e.attachedBy());
        m.put("attached_at", e.attachedAt());
        m.put("recheck", e.recheck());
        return m;
    }
}
