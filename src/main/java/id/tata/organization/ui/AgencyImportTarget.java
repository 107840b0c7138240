package id.tata.organization.ui;

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
import id.tata.workspace.user.Permission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Perangkat Daerah for the import wizard; undo walks the tree so no step ever makes a cycle or an orphan. */
final class AgencyImportTarget implements ImportTarget {
    private final AgencyImport importer = new AgencyImport();
    private final AgencyService agencies = new AgencyService();

    @Override
    public ImportDefinition<?> definition() {
        return AgencyImport.definition();
    }

    @Override
    public ImportPreview<?> preview(Session session, Path file, ColumnMapping mapping, boolean updateExisting) {
        return importer.preview(session, file, Optional.of(mapping), updateExisting);
    }

    @Override
    @SuppressWarnings("unchecked") // the wizard only hands back previews this target made
    public AppliedImport apply(Session session, ImportPreview<?> preview) {
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            Map<Long, Agency> before = byId(session);
            ImportResult result = importer.apply(session, (ImportPreview<AgencyRow>) preview);
            return new Applied(session, result, RecordChanges.between(before, byId(session)));
        });
    }

    @Override
    public int export(Session session, Path file) {
        return new OrganizationExport().exportAgencies(session, file);
    }

    private Map<Long, Agency> byId(Session session) {
        return agencies.list(session).stream()
                .collect(Collectors.toMap(Agency::id, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private final class Applied implements AppliedImport {
        private final Session session;
        private final ImportResult result;
        private final RecordChanges<Agency> changes;

        Applied(Session session, ImportResult result, RecordChanges<Agency> changes) {
            this.session = session;
            this.result = result;
            this.changes = changes;
        }

        @Override
        public ImportResult result() {
            return result;
        }

        /*
         * Changed agencies are first lifted to the top of the tree, then given their old values. Every parent link
         * that exists at any moment is then one of the before-state (or after-state, for redo), which is a tree, so
         * the service's cycle check can never refuse a step half-way.
         */
        @Override
        public void undo() {
            session.write(Permission.ORGANIZATION_EDIT, tx -> {
                changes.changedAfter().forEach(this::detach);
                deepestFirst(changes.created()).forEach(a -> agencies.delete(session, a.id()));
                changes.changedBefore().forEach(a -> agencies.update(session, a));
                return null;
            });
        }

        @Override
        public void redo() {
            session.write(Permission.ORGANIZATION_EDIT, tx -> {
                changes.changedBefore().forEach(this::detach);
                parentsFirst(changes.created()).forEach(a -> agencies.restore(session, a));
                changes.changedAfter().forEach(a -> agencies.update(session, a));
                return null;
            });
        }

        private void detach(Agency agency) {
            if (agency.parentId() != null) {
                agencies.update(session, new Agency(agency.id(), agency.code(), agency.name(), agency.shortName(),
                        agency.kind(), null, agency.address()));
            }
        }
    }

    /** Children before their parents among the given agencies, so each can be deleted (or, reversed, restored). */
    static List<Agency> deepestFirst(List<Agency> list) {
        Map<Long, Agency> byId = list.stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        Map<Long, Integer> depth = new TreeMap<>();
        for (Agency a : list) {
            int d = 0;
            // The bound only guards against a cycle, which a stored tree never has.
            for (Long p = a.parentId(); p != null && byId.containsKey(p) && d <= list.size();
                 p = byId.get(p).parentId()) {
                d++;
            }
            depth.put(a.id(), d);
        }
        return list.stream().sorted(Comparator.comparingInt((Agency a) -> depth.get(a.id())).reversed()).toList();
    }

    static List<Agency> parentsFirst(List<Agency> list) {
        List<Agency> ordered = new ArrayList<>(deepestFirst(list));
        Collections.reverse(ordered);
        return ordered;
    }
}
