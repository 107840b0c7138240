package id.tata.cli;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.InstrumentProblem;
import id.tata.evaluation.domain.InstrumentVersion;
import id.tata.evaluation.service.ImportedInstrument;
import id.tata.evaluation.service.InstrumentProblemText;
import id.tata.evaluation.service.InstrumentService;
import id.tata.evaluation.service.InvalidInstrumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** `tata evaluation instrument import|list|export`: the instruments an assessment is scored against. */
@Command(name = "instrument", description = "evaluation instruments: import a JSON file, list versions, export",
        subcommands = {InstrumentCommand.Import.class, InstrumentCommand.ListInstruments.class,
                InstrumentCommand.Export.class})
final class InstrumentCommand {

    @Command(name = "import", description = "import an instrument (JSON shape of spbe-2020.json) as a new version; "
            + "on any error nothing is stored and every problem is listed (exit 2)")
    static final class Import extends WorkspaceTask {
        @Parameters(index = "0", paramLabel = "FILE.json")
        Path file;

        @Override
        public Integer call() {
            ImportedInstrument result;
            try {
                result = withSession(s -> new InstrumentService().importJson(s, file));
            } catch (InvalidInstrumentException e) {
                return rejected(e);
            }
            warn(result.warnings());
            String human = result.alreadyPresent()
                    ? text("cli.evaluation.instrument.alreadyPresent", result.code(), result.version())
                    : text("cli.evaluation.instrument.imported", result.code(), result.version(), result.name(),
                    result.indicatorCount());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", result.code());
            json.put("version", result.version());
            json.put("alreadyPresent", result.alreadyPresent());
            json.put("indicators", result.indicatorCount());
            json.put("warnings", problemsAsJson(result.warnings()));
            print(json, human);
            return 0;
        }

        private void warn(List<InstrumentProblem> warnings) {
            if (warnings.isEmpty()) {
                return;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(text("cli.evaluation.instrument.warnings", warnings.size()));
            warnings.forEach(w -> err.println(InstrumentProblemText.of(w, i18n())));
            err.flush();
        }

        private int rejected(InvalidInstrumentException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(e.message(i18n()));
            err.flush();
            if (common.json()) {
                out().println(Json.write(Map.of("problems", problemsAsJson(e.problems()))));
            }
            return e.kind().exitCode();
        }

        private List<Map<String, Object>> problemsAsJson(List<InstrumentProblem> problems) {
            return problems.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("severity", p.severity().name());
                m.put("path", p.path());
                m.put("key", p.key());
                m.put("message", InstrumentProblemText.of(p, i18n()));
                return m;
            }).toList();
        }
    }

    @Command(name = "list", description = "every instrument version: built-in and imported")
    static final class ListInstruments extends WorkspaceTask {
        @Override
        public Integer call() {
            List<InstrumentVersion> versions = withSession(s -> new InstrumentService().list(s));
            StringBuilder human = new StringBuilder();
            for (InstrumentVersion v : versions) {
                human.append(String.format("%-12s %3d  %4d  %-10s %-10s %s%n", v.code(), v.version(),
                        v.indicatorCount(), v.builtIn() ? text("cli.evaluation.instrument.builtIn") : v.importedBy(),
                        v.provisional() ? text("cli.evaluation.instrument.provisional") : "", v.name()));
            }
            print(versions.stream().map(InstrumentCommand::toMap).toList(), human.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "export", description = "write an instrument version as .json (as imported) or .xlsx (readable)")
    static final class Export extends WorkspaceTask {
        @Option(names = "--code", required = true, paramLabel = "CODE")
        String code;

        @Option(names = "--version", paramLabel = "N", description = "default: the latest version")
        Integer version;

        @Option(names = "--out", required = true, paramLabel = "FILE.json|FILE.xlsx")
        Path out;

        @Override
        public Integer call() {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean json = name.endsWith(".json");
            if (!json && !name.endsWith(".xlsx")) {
                throw new TataException(ErrorKind.BAD_INPUT, "cli.evaluation.instrument.badFormat", out.getFileName());
            }
            InstrumentService service = new InstrumentService();
            int written = withSession(s -> json ? service.exportJson(s, code, version, out)
                    : service.exportXlsx(s, code, version, out));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("code", code);
            result.put("version", written);
            result.put("file", out.toString());
            print(result, text("cli.evaluation.instrument.exported", code, written, out));
            return 0;
        }
    }

    static Map<String, Object> toMap(InstrumentVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", v.code());
        m.put("version", v.version());
        m.put("name", v.name());
        m.put("provisional", v.provisional());
        m.put("indicators", v.indicatorCount());
        m.put("builtIn", v.builtIn());
        m.put("importedAt", v.importedAt());
        m.put("importedBy", v.importedBy());
        return m;
    }
}
