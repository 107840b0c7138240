package id.tata.organization.service;

import id.tata.common.l10n.I18n;
import id.tata.importing.SpreadsheetExport;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.workspace.Session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Agencies and people as .xlsx with the same headers the imports read by default, so a sheet can be exported,
 * edited in a spreadsheet program and imported again. Labels are Indonesian, like the import files.
 */
public final class OrganizationExport {
    private final AgencyService agencies = new AgencyService();
    private final PersonService people = new PersonService();
    private final PositionService positions = new PositionService();

    /** Writes the agencies ordered by code; returns how many. */
    public int exportAgencies(Session session, Path file) {
        List<Agency> all = agencies.list(session);
        Map<Long, String> codeById = all.stream().collect(Collectors.toMap(Agency::id, Agency::code));
        I18n id = I18n.indonesian();
        List<List<String>> rows = all.stream().map(a -> List.of(a.code(), a.name(), a.shortName(),
                id.text(a.kind().labelKey()), a.parentId() == null ? "" : codeById.get(a.parentId()),
                a.address())).toList();
        SpreadsheetExport.write(file, id.text("export.sheet.agencies"), AgencyImportDefinition.headers(), rows);
        return rows.size();
    }

    /** Writes the people ordered by name, each with the code of their agency; returns how many. */
    public int exportPeople(Session session, Path file) {
        Map<Long, String> agencyCode = agencies.list(session).stream()
                .collect(Collectors.toMap(Agency::id, Agency::code));
        Map<Long, String> positionName = positions.list(session).stream()
                .collect(Collectors.toMap(Position::id, Position::name));
        List<List<String>> rows = people.list(session).stream()
                .map(p -> row(p, name(agencyCode, p.agencyId()), name(positionName, p.positionId()))).toList();
        SpreadsheetExport.write(file, I18n.indonesian().text("export.sheet.people"),
                PersonImportDefinition.headers(), rows);
        return rows.size();
    }

    private static List<String> row(Person p, String agency, String position) {
        return List.of(p.nip() == null ? "" : p.nip(), p.frontTitle(), p.name(), p.backTitle(), p.rank(), position,
                agency, p.email(), p.phone());
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }
}
