package id.tata.cli;

import id.tata.importing.ColumnMapping;
import id.tata.importing.ImportDefinition;
import id.tata.importing.ImportPreview;
import id.tata.importing.ImportResult;
import id.tata.organization.domain.Person;
import id.tata.organization.service.OrganizationExport;
import id.tata.organization.service.PersonImport;
import id.tata.organization.service.PersonRow;
import id.tata.organization.service.PersonService;
import id.tata.workspace.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** `tata person import|export|list`: the people (pegawai) of a workspace. */
@Command(name = "person", description = "people: import from .xlsx/.csv, export to .xlsx, list",
        subcommands = {PersonCommand.Import.class, PersonCommand.Export.class, PersonCommand.ListPeople.class})
final class PersonCommand {

    @Command(name = "import", description = "import people into existing agencies; on any problem nothing is written")
    static final class Import extends ImportTask<PersonRow> {
        @Override
        String keys() {
            return "cli.person";
        }

        @Override
        ImportDefinition<PersonRow> definition() {
            return PersonImport.definition();
        }

        @Override
        ImportPreview<PersonRow> preview(Session session, Optional<ColumnMapping> mapping, boolean update) {
            return new PersonImport().preview(session, file, mapping, update);
        }

        @Override
        ImportResult apply(Session session, ImportPreview<PersonRow> preview) {
            return new PersonImport().apply(session, preview);
        }
    }

    @Command(name = "export", description = "write all people to an .xlsx file")
    static final class Export extends WorkspaceTask {
        @Parameters(index = "0", paramLabel = "FILE.xlsx")
        Path file;

        @Override
        public Integer call() {
            int count = withSession(s -> new OrganizationExport().exportPeople(s, file));
            print(Map.of("exported", count, "file", file.toString()), text("cli.person.exported", count, file));
            return 0;
        }
    }

    @Command(name = "list", description = "list people ordered by name")
    static final class ListPeople extends WorkspaceTask {
        @Option(names = "--search", paramLabel = "TEXT", description = "name, NIP, rank or e-mail contains")
        String search;

        @Override
        public Integer call() {
            List<Person> people = withSession(s -> search == null ? new PersonService().list(s)
                    : new PersonService().search(s, search));
            StringBuilder human = new StringBuilder();
            for (Person p : people) {
                human.append(String.format("%-18s %-30s %s%n", p.nip() == null ? "-" : p.nip(), p.rank(),
                        p.displayName()));
            }
            print(people.stream().map(PersonCommand::toMap).toList(), human.toString().stripTrailing());
            return 0;
        }
    }

    static Map<String, Object> toMap(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("nip", p.nip());
        m.put("name", p.name());
        m.put("displayName", p.displayName());
        m.put("rank", p.rank());
        m.put("positionId", p.positionId());
        m.put("agencyId", p.agencyId());
        m.put("email", p.email());
        m.put("phone", p.phone());
        return m;
    }
}
