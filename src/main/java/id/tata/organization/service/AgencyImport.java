package id.tata.organization.service;

import id.tata.importing.ColumnMapping;
import id.tata.importing.ImportDefinition;
import id.tata.importing.ImportPreview;
import id.tata.importing.ImportResult;
import id.tata.importing.ParsedRow;
import id.tata.importing.SourceTable;
import id.tata.importing.TableImport;
import id.tata.importing.TableReader;
import id.tata.organization.domain.Agency;
import id.tata.workspace.Session;
import id.tata.workspace.user.Permission;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Imports Perangkat Daerah from .csv/.xlsx: {@link #preview} reads and checks every row without writing,
 * {@link #apply} writes a problem-free preview in one transaction, parents before children.
 */
public final class AgencyImport {
    private final AgencyService agencies = new AgencyService();

    public static ImportDefinition<AgencyRow> definition() {
        return AgencyImportDefinition.DEFINITION;
    }

    /** New agencies only: a code already in the workspace is a problem. */
    public ImportPreview<AgencyRow> preview(Session session, Path file, Optional<ColumnMapping> mapping) {
        return preview(session, file, mapping, false);
    }

    /** With {@code updateExisting}, rows whose code exists update that agency instead of being a problem. */
    public ImportPreview<AgencyRow> preview(Session session, Path file, Optional<ColumnMapping> mapping,
                                            boolean updateExisting) {
        session.require(Permission.WORKSPACE_READ);
        SourceTable table = TableReader.read(file);
        ColumnMapping chosen = TableImport.mappingFor(definition(), table, mapping.orElse(ColumnMapping.empty()));
        ImportPreview<AgencyRow> parsed = TableImport.preview(table, definition(), chosen);
        if (parsed.hasErrors() && parsed.rows().isEmpty()) {
            return parsed;
        }
        return new AgencyImportCheck(session, agencies, table, parsed, updateExisting).run();
    }

    /** Writes every row of the preview in one transaction; refuses (and writes nothing) if it has any problem. */
    public ImportResult apply(Session session, ImportPreview<AgencyRow> preview) {
        session.require(Permission.ORGANIZATION_EDIT);
        preview.requireNoErrors();
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            Map<String, Long> idByCode = new HashMap<>();
            int created = 0;
            for (ParsedRow<AgencyRow> row : new ParentOrder(preview.rows()).ordered()) {
                AgencyRow r = row.value();
                Agency agency = new Agency(r.existingId(), r.code(), r.name(), r.shortName(), r.kind(),
                        parentId(session, idByCode, r), r.address());
                Agency saved = r.existingId() == null ? agencies.create(session, agency)
                        : agencies.update(session, agency);
                idByCode.put(ParentOrder.key(saved.code()), saved.id());
                created += r.existingId() == null ? 1 : 0;
            }
            return new ImportResult(created, preview.rows().size() - created);
        });
    }

    private Long parentId(Session session, Map<String, Long> idByCode, AgencyRow row) {
        if (!row.hasParent()) {
            return null;
        }
        Long id = idByCode.get(ParentOrder.key(row.parentCode()));
        return id != null ? id : agencies.findByCode(session, row.parentCode()).map(Agency::id).orElseThrow();
    }
}
