package id.tata.organization.service;

import id.tata.importing.ColumnMapping;
import id.tata.importing.ImportDefinition;
import id.tata.importing.ImportPreview;
import id.tata.importing.ImportResult;
import id.tata.importing.ParsedRow;
import id.tata.importing.SourceTable;
import id.tata.importing.TableImport;
import id.tata.importing.TableReader;
import id.tata.organization.domain.Person;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Imports people from .csv/.xlsx into existing agencies. Positions named in the file are created under the person's
 * agency when they do not exist yet, in the same transaction as the people.
 */
public final class PersonImport {
    private final PersonService people = new PersonService();
    private final PositionService positions = new PositionService();

    public static ImportDefinition<PersonRow> definition() {
        return PersonImportDefinition.DEFINITION;
    }

    /** New people only: a NIP already in the workspace is a problem. */
    public ImportPreview<PersonRow> preview(Session session, Path file, Optional<ColumnMapping> mapping) {
        return preview(session, file, mapping, false);
    }

    /** With {@code updateExisting}, rows whose NIP exists update that person instead of being a problem. */
    public ImportPreview<PersonRow> preview(Session session, Path file, Optional<ColumnMapping> mapping,
                                            boolean updateExisting) {
        session.require(Permission.WORKSPACE_READ);
        SourceTable table = TableReader.read(file);
        ColumnMapping chosen = TableImport.mappingFor(definition(), table, mapping.orElse(ColumnMapping.empty()));
        ImportPreview<PersonRow> parsed = TableImport.preview(table, definition(), chosen);
        if (parsed.hasErrors() && parsed.rows().isEmpty()) {
            return parsed;
        }
        return new PersonImportCheck(session, parsed, updateExisting).run();
    }

    /** Writes every row of the preview in one transaction; refuses (and writes nothing) if it has any problem. */
    public ImportResult apply(Session session, ImportPreview<PersonRow> preview) {
        session.require(Permission.ORGANIZATION_EDIT);
        preview.requireNoErrors();
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            int created = 0;
            for (ParsedRow<PersonRow> row : preview.rows()) {
                created += save(session, row.value()) ? 1 : 0;
            }
            return new ImportResult(created, preview.rows().size() - created);
        });
    }

    /** Stores one row; true when it created a person, false when it updated one. */
    private boolean save(Session session, PersonRow r) {
        Long positionId = r.position().isEmpty() ? null
                : positions.findOrCreate(session, r.agencyId(), r.position()).id();
        Person person = new Person(r.existingId(), r.nip(), r.frontTitle(), r.name(), r.backTitle(), r.rank(),
                positionId, r.agencyId(), r.email(), r.phone());
        if (r.existingId() != null) {
            people.update(session, person);
            return false;
        }
        people.create(session, person);
        return true;
    }
}
