package id.tata.organization.service;

import id.tata.importing.ImportPreview;
import id.tata.importing.ImportProblem;
import id.tata.importing.ParsedRow;
import id.tata.importing.SourceRow;
import id.tata.importing.SourceTable;
import id.tata.organization.domain.Agency;
import id.tata.workspace.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.tata.organization.service.AgencyImportDefinition.ADDRESS;
import static id.tata.organization.service.AgencyImportDefinition.CODE;
import static id.tata.organization.service.AgencyImportDefinition.KIND;
import static id.tata.organization.service.AgencyImportDefinition.PARENT;
import static id.tata.organization.service.AgencyImportDefinition.SHORT_NAME;
import static id.tata.organization.service.ParentOrder.key;

/** The checks of an agency import that look across rows and at the workspace: codes and parents. */
final class AgencyImportCheck {
    private final Session session;
    private final AgencyService agencies;
    private final SourceTable table;
    private final ImportPreview<AgencyRow> parsed;
    private final boolean updateExisting;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Agency> existing = new HashMap<>();
    private List<String> fileCodes;

    AgencyImportCheck(Session session, AgencyService agencies, SourceTable table, ImportPreview<AgencyRow> parsed,
                      boolean updateExisting) {
        this.session = session;
        this.agencies = agencies;
        this.table = table;
        this.parsed = parsed;
        this.updateExisting = updateExisting;
    }

    ImportPreview<AgencyRow> run() {
        agencies.list(session).forEach(a -> existing.put(key(a.code()), a));
        List<ParsedRow<AgencyRow>> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (ParsedRow<AgencyRow> row : parsed.rows()) {
            Integer first = firstRowOfCode.putIfAbsent(key(row.value().code()), row.rowNumber());
            if (first != null) {
                problem(row, CODE, "import.error.duplicateInFile", row.value().code(), String.valueOf(first));
            }
            rows.add(againstWorkspace(row));
            checkParent(row);
        }
        new ParentOrder(rows).inCycle().forEach(r ->
                problem(r, PARENT, "agency.import.parentCycle", r.value().code(), r.value().parentCode()));
        return parsed.withRows(rows).withProblems(problems);
    }

    private ParsedRow<AgencyRow> againstWorkspace(ParsedRow<AgencyRow> row) {
        Agency same = existing.get(key(row.value().code()));
        if (same == null) {
            return row;
        }
        if (!updateExisting) {
            problem(row, CODE, "agency.import.exists", row.value().code(), same.name());
            return row;
        }
        return new ParsedRow<>(row.rowNumber(), keepUnmapped(row.value(), same).withExistingId(same.id()));
    }

    /** A column the file does not have leaves the stored value alone: updating from "Kode, Nama" keeps parents. */
    private AgencyRow keepUnmapped(AgencyRow r, Agency same) {
        String parentCode = same.parentId() == null ? "" : existing.values().stream()
                .filter(a -> a.id().equals(same.parentId())).map(Agency::code).findFirst().orElse("");
        return new AgencyRow(r.code(), r.name(), mapped(SHORT_NAME) ? r.shortName() : same.shortName(),
                mapped(KIND) ? r.kind() : same.kind(), mapped(PARENT) ? r.parentCode() : parentCode,
                mapped(ADDRESS) ? r.address() : same.address(), null);
    }

    private boolean mapped(String field) {
        return parsed.mapping().headerOf(field).isPresent();
    }

    /** A parent may be any code in the file (even a row with problems of its own) or in the workspace. */
    private void checkParent(ParsedRow<AgencyRow> row) {
        AgencyRow r = row.value();
        if (!r.hasParent()) {
            return;
        }
        // A row that is its own parent is a cycle of one, which ParentOrder reports with the longer cycles.
        if (!codesInFile().contains(key(r.parentCode())) && !existing.containsKey(key(r.parentCode()))) {
            problem(row, PARENT, "import.error.unknownParent", r.parentCode());
        }
    }

    private List<String> codesInFile() {
        if (fileCodes == null) {
            int col = table.columnOf(header(CODE));
            fileCodes = table.rows().stream().map((SourceRow r) -> key(r.cell(col))).toList();
        }
        return fileCodes;
    }

    private String header(String field) {
        return parsed.mapping().headerOf(field)
                .orElseGet(() -> AgencyImportDefinition.DEFINITION.field(field).orElseThrow().header());
    }

    private void problem(ParsedRow<AgencyRow> row, String field, String key, Object... args) {
        problems.add(ImportProblem.of(row.rowNumber(), header(field), key, args));
    }
}
