package id.tata.cli;

import id.tata.importing.ColumnMapping;
import id.tata.importing.ImportDefinition;
import id.tata.importing.ImportPreview;
import id.tata.importing.ImportResult;
import id.tata.organization.domain.Agency;
import id.tata.organization.service.AgencyImport;
import id.tata.organization.service.AgencyRow;
import id.tata.organization.service.AgencyService;
import id.tata.organization.service.OrganizationExport;
import id.tata.workspace.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** `tata agency import|export|list`: the Perangkat Daerah of a workspace. */
@Command(name = "agency", description = "Perangkat Daerah: import from .xlsx/.csv, export to .xlsx, list",
        subcommands = {AgencyCommand.Import.class, AgencyCommand.Export.class, AgencyCommand.ListAgencies.class})
final class AgencyCommand {

    @Command(name = "import", description = "import agencies; on any problem nothing is written (exit 2)")
    static final class Import extends ImportTask<AgencyRow> {
        @Override
        String keys() {
            return "cli.agency";
        }

        @Override
        ImportDefinition<AgencyRow> definition() {
            return AgencyImport.definition();
        }

        @Override
        ImportPreview<AgencyRow> preview(Session session, Optional<ColumnMapping> mapping, boolean update) {
            return new AgencyImport().preview(session, file, mapping, update);
        }

        @Override
        ImportResult apply(Session session, ImportPreview<AgencyRow> preview) {
            return new AgencyImport().apply(session, preview);
        }
    }

    @Command(name = "export", description = "write all agencies to an .xlsx file")
    static final class Export extends WorkspaceTask {
        @Parameters(index = "0", paramLabel = "FILE.xlsx")
        Path file;

        @Override
        public Integer call() {
            int count = withSession(s -> new OrganizationExport().exportAgencies(s, file));
            print(Map.of("exported", count, "file", file.toString()), text("cli.agency.exported", count, file));
            return 0;
        }
    }

    @Command(name = "list", description = "list agencies ordered by code")
    static final class ListAgencies extends WorkspaceTask {
        @Option(names = "--search", paramLabel = "TEXT", description = "code, name or short name contains")
        String search;

        @Override
        public Integer call() {
            List<Agency> agencies = withSession(s -> search == null ? new AgencyService().list(s)
                    : new AgencyService().search(s, search));
            StringBuilder human = new StringBuilder();
            for (Agency a : agencies) {
                human.append(String.format("%-12s %-14s %-20s %s%n", a.code(), a.shortName(),
                        text(a.kind().labelKey()), a.name()));
            }
            print(agencies.stream().map(AgencyCommand::toMap).toList(), human.toString().stripTrailing());
            return 0;
        }
    }

    static Map<String, Object> toMap(Agency a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("code", a.code());
        m.put("name", a.name());
        m.put("shortName", a.shortName());
        m.put("kind", a.kind().name());
        m.put("parentId", a.parentId());
        m.put("address", a.address());
        return m;
    }
}
