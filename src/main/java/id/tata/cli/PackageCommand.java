package id.tata.cli;

import id.tata.common.error.ErrorKind;
import id.tata.evaluation.exchange.domain.Choice;
import id.tata.evaluation.exchange.domain.FieldChange;
import id.tata.evaluation.exchange.domain.MergeDecisions;
import id.tata.evaluation.exchange.domain.MergePreview;
import id.tata.evaluation.exchange.service.ExportedPackage;
import id.tata.evaluation.exchange.service.MergeInfo;
import id.tata.evaluation.exchange.service.MergeResult;
import id.tata.evaluation.exchange.service.OpenedPackage;
import id.tata.evaluation.exchange.service.PackageService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * `tata evaluation package export|open|import|undo|merges`: offline work across laptops. The coordinator exports an
 * assessor's package, the assessor opens it in a new workspace and exports the answers back, the coordinator imports
 * them (conflicts need --prefer or --choose) and may undo the merge.
 */
@Command(name = "package", description = "assessor packages (.tatapaket) for offline work on another laptop",
        subcommands = {PackageCommand.Export.class, PackageCommand.Open.class, PackageCommand.Import.class,
                PackageCommand.Undo.class, PackageCommand.Merges.class})
final class PackageCommand {
    private PackageCommand() {
    }

    @Command(name = "export", description = "coordinator: --assessment ID --assessor NAME [--indicators 1,2] writes "
            + "an assessor's package; assessor: --answers writes the answers back")
    static final class Export extends WorkspaceTask {
        @Option(names = "--assessment", description = "the assessment (optional with --answers)") Long assessment;
        @Option(names = "--assessor", description = "user name of the assessor") String assessor;
        @Option(names = "--indicators", split = ",", description = "instead of the indicators assigned to the "
                + "assessor") List<Integer> indicators;
        @Option(names = "--answers", description = "the answers of a workspace opened from a package") boolean answers;
        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.tatapaket") Path out;

        @Override
        public Integer call() {
            if (!answers && (assessment == null || assessor == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Give --assessment and --assessor (coordinator), or --answers (assessor)");
            }
            ExportedPackage p = withSession(s -> answers ? PackageService.create().exportAnswers(s, assessment, out)
                    : PackageService.create().exportForAssessor(s, assessment, assessor,
                    indicators == null ? List.of() : indicators, out));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", p.file().toString());
            json.put("package", p.packageId());
            json.put("assessor", p.assessor());
            json.put("indicators", p.indicators());
            json.put("evidence", p.evidenceFiles());
            print(json, text("cli.evaluation.package.exported", p.packageId(), p.assessor(), p.file(),
                    p.indicators().size(), p.evidenceFiles()));
            return 0;
        }
    }

    @Command(name = "open", description = "assessor: open a package into a NEW workspace (-w) whose admin is --user "
            + "(password from TATA_NEW_PASSWORD, TATA_PASSWORD or a prompt)")
    static final class Open extends WorkspaceTask {
        @Parameters(paramLabel = "PAKET") Path file;

        @Override
        public Integer call() {
            Path target = common.workspace();
            if (common.user == null || common.user.isBlank()) {
                throw new id.tata.common.error.TataException(ErrorKind.BAD_INPUT, "cli.error.userRequired");
            }
            OpenedPackage o = PackageService.create().openNew(file, target, common.user, newPassword(common.user));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("workspace", o.workspace().toString());
            json.put("assessment", o.assessmentId());
            json.put("package", o.packageId());
            json.put("indicators", o.indicators());
            print(json, text("cli.evaluation.package.opened", o.workspace(), o.assessmentName(),
                    String.valueOf(o.assessmentId()), list(o.indicators())));
            return 0;
        }
    }

    @Command(name = "import", description = "coordinator: merge an answers package; conflicts are shown and nothing "
            + "is written until each has a decision")
    static final class Import extends WorkspaceTask {
        @Parameters(paramLabel = "PAKET") Path file;
        @Option(names = "--prefer", paramLabel = "mine|theirs", description = "the decision for every conflict")
        String prefer;
        @Option(names = "--choose", paramLabel = "12.explanation=theirs,…", description = "a decision per field")
        String choose;
        @Option(names = "--dry-run", description = "show what would change; write nothing") boolean dryRun;

        @Override
        public Integer call() {
            Choice all = prefer == null ? null : Choice.parse(prefer).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), "--prefer takes mine or theirs"));
            MergeDecisions decisions = new MergeDecisions(all, MergeDecisions.parse(choose));
            PackageService service = PackageService.create();
            return withSession(s -> {
                MergePreview preview = service.preview(s, file);
                List<FieldChange> open = preview.undecided(decisions);
                if (dryRun || (!open.isEmpty() && preview.unknownChoices(decisions).isEmpty())) {
                    print(previewJson(preview, open), previewText(preview, open));
                    return dryRun ? 0 : ErrorKind.REFUSED.exitCode();
                }
                MergeResult r = service.importAnswers(s, file, decisions);
                print(resultJson(r), resultText(r));
                return 0;
            });
        }

        private Map<String, Object> previewJson(MergePreview p, List<FieldChange> open) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("package", p.packageId());
            json.put("assessor", p.assessor());
            json.put("assessment", p.assessmentId());
            json.put("changes", p.changes().stream().map(PackageCommand::change).toList());
            json.put("undecided", open.stream().map(FieldChange::key).toList());
            return json;
        }

        private String previewText(MergePreview p, List<FieldChange> open) {
            StringBuilder sb = new StringBuilder();
            if (p.changes().isEmpty()) {
                return text("cli.evaluation.package.nothing");
            }
            if (!p.silent().isEmpty()) {
                sb.append(text("cli.evaluation.package.silent")).append('\n').append(header()).append('\n');
                p.silent().forEach(c -> sb.append(row(c)).append('\n'));
            }
            if (!p.conflicts().isEmpty()) {
                sb.append(text("cli.evaluation.package.conflictsTitle")).append('\n').append(header()).append('\n');
                p.conflicts().forEach(c -> sb.append(row(c)).append('\n'));
            }
            if (!open.isEmpty()) {
                sb.append(text("cli.evaluation.package.conflicts", open.size()));
            }
            return sb.toString().stripTrailing();
        }

        private String header() {
            String[] columns = text("cli.evaluation.package.header").split("\\|");
            return columns.length != 4 ? columns[0] : line(columns[0].strip(), columns[1].strip(),
                    columns[2].strip(), columns[3].strip());
        }

        private Map<String, Object> resultJson(MergeResult r) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("merge", r.mergeId());
            json.put("indicators", r.indicators());
            json.put("fields", r.fieldsChanged());
            json.put("conflictsDecided", r.conflictsDecided());
            json.put("backToReview", r.backToReview());
            return json;
        }

        private String resultText(MergeResult r) {
            if (r.mergeId() == null) {
                return text("cli.evaluation.package.nothing");
            }
            String done = text("cli.evaluation.package.merged", String.valueOf(r.mergeId()), r.fieldsChanged(),
                    list(r.indicators()), r.conflictsDecided());
            return r.backToReview().isEmpty() ? done
                    : done + "\n" + text("cli.evaluation.package.backToReview", list(r.backToReview()));
        }
    }

    @Command(name = "undo", description = "undo one merge of a package (refused if the answers changed since)")
    static final class Undo extends WorkspaceTask {
        @Option(names = "--merge", required = true, paramLabel = "ID") long merge;

        @Override
        public Integer call() {
            List<Integer> restored = withSession(s -> PackageService.create().undoMerge(s, merge));
            print(Map.of("merge", merge, "indicators", restored),
                    text("cli.evaluation.package.undoneDone", String.valueOf(merge), list(restored)));
            return 0;
        }
    }

    @Command(name = "merges", description = "the package merges of an assessment")
    static final class Merges extends WorkspaceTask {
        @Option(names = "--assessment", required = true) long assessment;

        @Override
        public Integer call() {
            List<MergeInfo> all = withSession(s -> PackageService.create().merges(s, assessment));
            String human = all.stream().map(m -> String.format("%-4d %-10s %-24s %s %s", m.id(), m.assessor(),
                    m.mergedAt(), list(m.indicators()), m.undone() ? "(dibatalkan " + m.undoneAt() + ")" : ""))
                    .collect(Collectors.joining("\n"));
            print(all.stream().map(m -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", m.id());
                json.put("package", m.packageId());
                json.put("assessor", m.assessor());
                json.put("mergedAt", m.mergedAt());
                json.put("mergedBy", m.mergedBy());
                json.put("indicators", m.indicators());
                json.put("undoneAt", m.undoneAt());
                return json;
            }).toList(), human);
            return 0;
        }
    }

    private static Map<String, Object> change(FieldChange c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", c.key());
        json.put("indicator", c.indicator());
        json.put("field", c.field().key());
        json.put("label", c.field().label());
        json.put("base", c.baseText());
        json.put("mine", c.mineText());
        json.put("theirs", c.theirsText());
        json.put("conflict", c.conflict());
        return json;
    }

    /** One change as a row: key and label, then base, mine and theirs side by side (long texts shortened). */
    private static String row(FieldChange c) {
        return line(c.key() + " (" + c.field().label() + ")", cut(c.baseText()), cut(c.mineText()),
                cut(c.theirsText()));
    }

    private static String line(String what, String base, String mine, String theirs) {
        return String.format("%-36s | %-30s | %-30s | %s", what, base, mine, theirs).stripTrailing();
    }

    private static String cut(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 30 ? one : one.substring(0, 29) + "…";
    }

    private static String list(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
