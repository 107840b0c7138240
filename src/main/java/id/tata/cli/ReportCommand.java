package id.tata.cli;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.documents.render.DocumentFormat;
import id.tata.evaluation.report.ReportKind;
import id.tata.evaluation.report.ReportRequest;
import id.tata.evaluation.service.EvaluationReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * `tata evaluation report --assessment ID --kind laporan|berita-acara|jawaban|bukti [--format docx,pdf] --out DIR
 * [--include-unapproved]`: writes an output of the assessment and prints the files written.
 */
@Command(name = "report", description = "write an output of an assessment: laporan, berita-acara (docx, pdf), "
        + "jawaban (xlsx) or bukti (zip evidence pack); prints the files written")
final class ReportCommand extends WorkspaceTask {
    @Option(names = "--assessment", required = true) long assessment;
    @Option(names = "--kind", required = true, description = "laporan, berita-acara, jawaban or bukti") String kind;
    @Option(names = "--format", split = ",", description = "docx,pdf (laporan, berita-acara); default: all of the "
            + "kind's formats") List<String> formats;
    @Option(names = "--out", required = true, description = "folder for the files") Path out;
    @Option(names = "--include-unapproved", description = "count answers not yet approved (the report says so)")
    boolean includeUnapproved;
    @Option(names = "--date", description = "yyyy-mm-dd printed on the documents (default: today)") LocalDate date;

    @Override
    public Integer call() {
        ReportKind chosen = ReportKind.parse(kind)
                .orElseThrow(() -> new TataException(ErrorKind.BAD_INPUT, "report.error.kind", kind));
        Set<DocumentFormat> wanted = formats == null ? Set.of()
                : formats.stream().map(DocumentCommand::format).collect(Collectors.toSet());
        ReportRequest request = new ReportRequest(assessment, chosen, wanted, out, includeUnapproved, date);
        List<Path> files = withSession(s -> new EvaluationReportService(AssessmentCommand.service(),
                Clock.systemDefaultZone()).write(s, request));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("assessment", assessment);
        json.put("kind", chosen.shortName());
        json.put("files", files.stream().map(Path::toString).toList());
        print(json, text("cli.report.written", files.size()) + "\n"
                + files.stream().map(Path::toString).collect(Collectors.joining("\n")));
        return 0;
    }
}
