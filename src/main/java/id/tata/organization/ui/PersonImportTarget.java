package id.tata.organization.ui;

import id.tata.importing.ColumnMapping;
import id.tata.importing.ImportDefinition;
import id.tata.importing.ImportPreview;
import id.tata.importing.ImportResult;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.organization.service.OrganizationExport;
import id.tata.organization.service.PersonImport;
import id.tata.organization.service.PersonRow;
import id.tata.organization.service.PersonService;
import id.tata.organization.service.PositionService;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * People for the import wizard. A people file may name positions that do not exist yet; the service creates them,
 * so undo removes those positions too, after the people who hold them.
 */
final class PersonImportTarget implements ImportTarget {
    private final PersonImport importer = new PersonImport();
    private final PersonService people = new PersonService();
    private final PositionService positions = new PositionService();

    @Override
    public ImportDefinition<?> definition() {
        return PersonImport.definition();
    }

    @Override
    public ImportPreview<?> preview(Session session, Path file, ColumnMapping mapping, boolean updateExisting) {
        return importer.preview(session, file, Optional.of(mapping), updateExisting);
    }

    @Override
    @SuppressWarnings("unchecked") // the wizard only hands back previews this target made
    public AppliedImport apply(Session session, ImportPreview<?> preview) {
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            Map<Long, Person> peopleBefore = byId(people.list(session), Person::id);
            Map<Long, Position> positionsBefore = byId(positions.list(session), Position::id);
            ImportResult result = importer.apply(session, (ImportPreview<PersonRow>) preview);
            return new Applied(session, result,
                    RecordChanges.between(peopleBefore, byId(people.list(session), Person::id)),
                    RecordChanges.between(positionsBefore, byId(positions.list(session), Position::id)));
        });
    }

    @Override
    public int export(Session session, Path file) {
        return new OrganizationExport().exportPeople(session, file);
    }

    private static <R> Map<Long, R> byId(List<R> records, ToLongFunction<R> id) {
        return records.stream().collect(Collectors.toMap(id::applyAsLong, Function.identity(), (a, b) -> a,
                TreeMap::new));
    }

    private final class Applied implements AppliedImport {
        private final Session session;
        private final ImportResult result;
        private final RecordChanges<Person> changedPeople;
        private final RecordChanges<Position> createdPositions;

        Applied(Session session, ImportResult result, RecordChanges<Person> changedPeople,
                RecordChanges<Position> createdPositions) {
            this.session = session;
            this.result = result;
            this.changedPeople = changedPeople;
            this.createdPositions = createdPositions;
        }

        @Override
        public ImportResult result() {
            return result;
        }

        @Override
        public void undo() {
            session.write(Permission.ORGANIZATION_EDIT, tx -> {
                changedPeople.changedBefore().forEach(p -> people.update(session, p));
                changedPeople.created().forEach(p -> people.delete(session, p.id()));
                // Only now is nobody holding the new positions, which the service insists on before a delete.
                createdPositions.created().forEach(p -> positions.delete(session, p.id()));
                return null;
            });
        }

        @Override
        public void redo() {
            session.write(Permission.ORGANIZATION_EDIT, tx -> {
                createdPositions.created().forEach(p -> positions.restore(session, p));
                changedPeople.created().forEach(p -> people.restore(session, p));
                changedPeople.changedAfter().forEach(p -> people.update(session, p));
                return null;
            });
        }
    }
}
