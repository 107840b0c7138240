package id.tata.cli;

import id.tata.common.error.ErrorKind;
import id.tata.importing.ColumnMapping;
import id.tata.importing.ImportDefinition;
import id.tata.importing.ImportPreview;
import id.tata.importing.ImportProblem;
import id.tata.importing.ImportResult;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape every `tata X import` shares: preview the file, print every problem as "Baris 5, kolom NIP: …" and write
 * nothing (exit 2), or write it all in one transaction and say how many rows were imported.
 */
abstract class ImportTask<T> extends WorkspaceTask {
    @Parameters(index = "0", paramLabel = "FILE", description = ".xlsx or .csv (UTF-8, ',' or ';')")
    Path file;

    @Option(names = "--map", paramLabel = "FIELD=HEADER", description = "use this source column for a field")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--update-existing", description = "rows that already exist update them instead of failing")
    boolean updateExisting;

    @Option(names = "--dry-run", description = "check the file and report problems; write nothing")
    boolean dryRun;

    /** The message-key prefix of the command, e.g. "cli.agency". */
    abstract String keys();

    abstract ImportDefinition<T> definition();

    abstract ImportPreview<T> preview(Session session, Optional<ColumnMapping> mapping, boolean update);

    abstract ImportResult apply(Session session, ImportPreview<T> preview);

    @Override
    public Integer call() {
        Optional<ColumnMapping> mapping = map.isEmpty() ? Optional.empty()
                : Optional.of(ColumnMapping.parse(definition(), map));
        Object outcome = withSession(session -> {
            if (!dryRun) {
                // Someone who may not import is told so at once, not after a list of problems in the file.
                session.require(Permission.ORGANIZATION_EDIT);
            }
            ImportPreview<T> preview = preview(session, mapping, updateExisting);
            return preview.hasErrors() || dryRun ? preview : apply(session, preview);
        });
        if (outcome instanceof ImportResult result) {
            print(Map.of("imported", result.total(), "created", result.created(), "updated", result.updated()),
                    text(keys() + ".imported", result.total(), result.updated(), file.getFileName()));
            return 0;
        }
        return report((ImportPreview<?>) outcome);
    }

    private int report(ImportPreview<?> preview) {
        if (!preview.hasErrors()) {
            print(Map.of("dryRun", true, "rowsOk", preview.rowsOk()), text(keys() + ".dryRun", preview.rowsOk()));
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(text(keys() + ".problems", file.getFileName(), preview.problems().size()));
        preview.problems().forEach(p -> err.println(p.message(i18n())));
        err.flush();
        if (common.json()) {
            out().println(Json.write(Map.of("problems", problemsAsJson(preview.problems()))));
        }
        return ErrorKind.BAD_INPUT.exitCode();
    }

    private List<Map<String, Object>> problemsAsJson(List<ImportProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("row", p.row());
            m.put("column", p.column());
            m.put("key", p.messageKey());
            m.put("message", p.reason(i18n()));
            return m;
        }).toList();
    }
}
