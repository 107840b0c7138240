package id.tata.organization.service;

import id.tata.importing.ImportPreview;
import id.tata.importing.ImportProblem;
import id.tata.importing.ParsedRow;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.workspace.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static id.tata.organization.service.PersonImportDefinition.AGENCY;
import static id.tata.organization.service.PersonImportDefinition.BACK_TITLE;
import static id.tata.organization.service.PersonImportDefinition.EMAIL;
import static id.tata.organization.service.PersonImportDefinition.FRONT_TITLE;
import static id.tata.organization.service.PersonImportDefinition.NIP;
import static id.tata.organization.service.PersonImportDefinition.PHONE;
import static id.tata.organization.service.PersonImportDefinition.POSITION;
import static id.tata.organization.service.PersonImportDefinition.RANK;

/** The checks of a person import that look across rows and at the workspace: NIPs and agencies. */
final class PersonImportCheck {
    private final Session session;
    private final ImportPreview<PersonRow> parsed;
    private final boolean updateExisting;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Agency> agencyByName = new HashMap<>();
    private final Map<String, Integer> firstRowOfNip = new HashMap<>();
    private final PersonService people = new PersonService();

    PersonImportCheck(Session session, ImportPreview<PersonRow> parsed, boolean updateExisting) {
        this.session = session;
        this.parsed = parsed;
        this.updateExisting = updateExisting;
    }

    ImportPreview<PersonRow> run() {
        indexAgencies(new AgencyService().list(session));
        List<ParsedRow<PersonRow>> rows = new ArrayList<>();
        for (ParsedRow<PersonRow> row : parsed.rows()) {
            rows.add(check(row));
        }
        return parsed.withRows(rows).withProblems(problems);
    }

    /** Checks one row against the rows before it and the workspace; returns it with agency and person resolved. */
    private ParsedRow<PersonRow> check(ParsedRow<PersonRow> row) {
        PersonRow r = row.value();
        Integer first = r.nip() == null ? null : firstRowOfNip.putIfAbsent(r.nip(), row.rowNumber());
        if (first != null) {
            problem(row, NIP, "import.error.duplicateInFile", r.nip(), String.valueOf(first));
        }
        Person same = people.findByNip(session, r.nip()).orElse(null);
        if (same != null && !updateExisting) {
            problem(row, NIP, "person.import.exists", r.nip(), same.displayName());
        }
        Agency agency = agencyByName.get(key(r.agency()));
        if (agency == null) {
            problem(row, AGENCY, "import.error.unknownAgency", r.agency());
        }
        PersonRow kept = same == null ? r : keepUnmapped(r, same);
        return new ParsedRow<>(row.rowNumber(), kept.resolved(agency == null ? null : agency.id(),
                same == null ? null : same.id()));
    }

    /** A column the file does not have leaves the stored value alone when updating a person. */
    private PersonRow keepUnmapped(PersonRow r, Person same) {
        String position = !mapped(POSITION) && same.positionId() != null
                ? new PositionService().find(session, same.positionId()).map(Position::name).orElse("")
                : r.position();
        return new PersonRow(r.nip(), mapped(FRONT_TITLE) ? r.frontTitle() : same.frontTitle(), r.name(),
                mapped(BACK_TITLE) ? r.backTitle() : same.backTitle(), mapped(RANK) ? r.rank() : same.rank(),
                position, r.agency(), null, mapped(EMAIL) ? r.email() : same.email(),
                mapped(PHONE) ? r.phone() : same.phone(), null);
    }

    private boolean mapped(String field) {
        return parsed.mapping().headerOf(field).isPresent();
    }

    /** A person's agency may be written as its code, its short name or its full name; the code wins a clash. */
    private void indexAgencies(List<Agency> agencies) {
        agencies.forEach(a -> agencyByName.putIfAbsent(key(a.name()), a));
        agencies.stream().filter(a -> !a.shortName().isEmpty()).forEach(a -> agencyByName.put(key(a.shortName()), a));
        agencies.forEach(a -> agencyByName.put(key(a.code()), a));
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private String header(String field) {
        return parsed.mapping().headerOf(field)
                .orElseGet(() -> PersonImportDefinition.DEFINITION.field(field).orElseThrow().header());
    }

    private void problem(ParsedRow<PersonRow> row, String field, String key, Object... args) {
        problems.add(ImportProblem.of(row.rowNumber(), header(field), key, args));
    }
}
