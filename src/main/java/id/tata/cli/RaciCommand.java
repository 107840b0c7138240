package id.tata.cli;

import id.tata.raci.domain.RaciCheck;
import id.tata.raci.domain.RaciLetter;
import id.tata.raci.domain.RaciMatrix;
import id.tata.raci.domain.RaciSummary;
import id.tata.raci.domain.RaciTemplate;
import id.tata.raci.domain.RaciWarning;
import id.tata.raci.service.RaciExport;
import id.tata.raci.service.RaciService;
import id.tata.raci.service.RaciTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** `tata raci …`: RACI matrices — import, list, templates, validate, export. */
@Command(name = "raci", description = "RACI matrices (matriks pembagian tugas)",
        subcommands = {RaciCommand.Import.class, RaciCommand.ListMatrices.class, RaciCommand.Templates.class,
                RaciCommand.FromTemplate.class, RaciCommand.Validate.class, RaciCommand.Export.class,
                RaciCommand.Letter.class})
final class RaciCommand {
    private RaciCommand() {
    }

    @Command(name = "import", description = "a matrix from xlsx/csv: first column the task, each further column a "
            + "party, letters separated by \"/\"; prints the matrix id; all or nothing")
    static final class Import extends WorkspaceTask {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--letters", split = ",", paramLabel = "S=Support",
                description = "variant letters the cells may also hold, e.g. S=Support,V=Verify")
        List<String> letters = List.of();

        @Override
        public Integer call() {
            List<RaciLetter> variants = letters.stream().map(RaciCommand::letter).toList();
            RaciMatrix m = withSession(s -> new RaciService().importFile(s, file, variants));
            print(Map.of("id", m.id(), "tasks", m.tasks().size(), "parties", m.parties().size()),
                    String.valueOf(m.id()));
            return 0;
        }
    }

    @Command(name = "letter", description = "add or reword a letter a matrix may use (a regional variant): "
            + "--code S --name Support --meaning \"…\"")
    static final class Letter extends WorkspaceTask {
        @Option(names = "--matrix", required = true) long matrix;
        @Option(names = "--code", required = true) String code;
        @Option(names = "--name", defaultValue = "") String name;
        @Option(names = "--meaning", defaultValue = "") String meaning;

        @Override
        public Integer call() {
            RaciMatrix m = withSession(s -> new RaciService().defineLetter(s, matrix,
                    letter(code + "=" + name, meaning)));
            print(Map.of("id", m.id(), "letters", m.letterCodes()), String.join(", ", m.letterCodes()));
            return 0;
        }
    }

    /** "S=Support" → the letter S named Support. */
    static RaciLetter letter(String spec) {
        return letter(spec, "");
    }

    static RaciLetter letter(String spec, String meaning) {
        String[] parts = spec.split("=", 2);
        try {
            return new RaciLetter(parts[0], parts.length > 1 ? parts[1] : "", meaning);
        } catch (IllegalArgumentException e) {
            throw new id.tata.common.error.TataException(id.tata.common.error.ErrorKind.BAD_INPUT,
                    "raci.error.letter", parts[0]);
        }
    }

    @Command(name = "list", description = "the matrices of the workspace")
    static final class ListMatrices extends WorkspaceTask {
        @Override
        public Integer call() {
            List<RaciSummary> all = withSession(s -> new RaciService().list(s));
            print(all.stream().map(m -> Map.of("id", m.id(), "title", m.title(), "source", m.source(),
                    "tasks", m.tasks(), "parties", m.parties())).toList(), all.stream()
                    .map(m -> String.format("%-4d %s (%d × %d)", m.id(), m.title(), m.tasks(), m.parties()))
                    .collect(Collectors.joining("\n")));
            return 0;
        }
    }

    @Command(name = "templates", description = "the matrices to start from, with their sources")
    static final class Templates extends WorkspaceTask {
        @Override
        public Integer call() {
            List<RaciTemplate> all = RaciTemplates.standard().all();
            print(all.stream().map(t -> Map.of("code", t.code(), "title", t.matrix().title(),
                    "source", t.matrix().source())).toList(), all.stream()
                    .map(t -> t.code() + "\n    " + t.matrix().title() + "\n    " + t.matrix().source())
                    .collect(Collectors.joining("\n")));
            return 0;
        }
    }

    @Command(name = "create", description = "a new matrix from a template; prints its id")
    static final class FromTemplate extends WorkspaceTask {
        @Option(names = "--template", required = true) String template;

        @Override
        public Integer call() {
            RaciMatrix m = withSession(s -> new RaciService().createFromTemplate(s, template));
            print(Map.of("id", m.id(), "title", m.title()), String.valueOf(m.id()));
            return 0;
        }
    }

    @Command(name = "validate", description = "the warnings of the textbook rules (no A, no R, several A, unused "
            + "party, overloaded party)")
    static final class Validate extends WorkspaceTask {
        @Option(names = "--matrix", required = true) long matrix;
        @Option(names = "--overload", description = "more R's than this is OVERLOADED_PARTY (default 10)")
        int overload = RaciCheck.DEFAULT_OVERLOAD;

        @Override
        public Integer call() {
            List<RaciWarning> warnings = withSession(s -> new RaciService().warnings(s, matrix, overload));
            print(warnings.stream().map(w -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", w.kind().name());
                m.put("task", w.task());
                m.put("party", w.party());
                return m;
            }).toList(), warnings.isEmpty() ? text("raci.validate.none") : warnings.stream()
                    .map(w -> text("raci.warning." + w.kind().name(), w.task() == null ? "" : w.task(),
                            w.party() == null ? "" : w.party()))
                    .collect(Collectors.joining("\n")));
            return 0;
        }
    }

    @Command(name = "export", description = "write a matrix as .csv or .xlsx (coloured letters, legend, warnings)")
    static final class Export extends WorkspaceTask {
        @Option(names = "--matrix", required = true) long matrix;
        @Option(names = "--out", required = true) Path out;

        @Override
        public Integer call() {
            RaciMatrix m = withSession(s -> new RaciService().get(s, matrix));
            RaciExport.write(m, out);
            print(Map.of("file", out.toString()), text("raci.exported", m.title(), out));
            return 0;
        }
    }
}
