package id.tata.importing;

import id.tata.common.error.TataException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnMappingTest {
    private static final ImportDefinition<String> DEF = new ImportDefinition<>("t", List.of(
            ImportField.required("code", "Kode", "Kode PD"),
            ImportField.required("name", "Nama Perangkat Daerah", "Nama"),
            ImportField.optional("rank", "Pangkat/Golongan", "Pangkat")),
            row -> row.required("code") == null ? null : row.value("code") + ":" + row.value("name"));

    @Test
    void headersAreMatchedBySynonymIgnoringCaseSpacesAndPunctuation() {
        ColumnMapping m = ColumnMapping.automatic(DEF, List.of("NO", "kode pd", "NAMA", "Pangkat / Golongan"));
        assertEquals(Map.of("code", "kode pd", "name", "NAMA", "rank", "Pangkat / Golongan"), m.asMap());
    }

    @Test
    void chosenMappingWinsAndUnknownFieldsAreRefused() {
        SourceTable table = new SourceTable("t", List.of("Kode", "Nama", "Uraian"), List.of(
                new SourceRow(2, List.of("A", "x", "Dinas A")), new SourceRow(3, List.of("", "y", "Dinas B"))));
        ColumnMapping m = TableImport.mappingFor(DEF, table, ColumnMapping.parse(DEF, Map.of("name", "Uraian")));
        ImportPreview<String> p = TableImport.preview(table, DEF, m);
        assertEquals(List.of(new ParsedRow<>(2, "A:Dinas A")), p.rows());
        assertEquals(List.of(ImportProblem.of(3, "Kode", "import.error.requiredValue", "Kode")), p.problems());
        assertEquals("import.error.unknownField", assertThrows(TataException.class,
                () -> ColumnMapping.parse(DEF, Map.of("nomor", "X"))).key());
    }

    @Test
    void aMappingToAHeaderNotInTheFileIsAProblemOnRowOne() {
        SourceTable table = new SourceTable("t", List.of("Kode"), List.of(new SourceRow(2, List.of("A"))));
        ImportPreview<String> p = TableImport.preview(table, DEF, new ColumnMapping(Map.of("code", "Kode",
                "name", "Nama Unit")));
        assertEquals(List.of(ImportProblem.of(1, "Nama Unit", "import.error.unknownHeader", "Nama Unit",
                "Nama Perangkat Daerah")), p.problems());
        assertTrue(p.rows().isEmpty());
        assertEquals(Optional.of("Kode"), p.mapping().headerOf("code"));
    }

    @Test
    void aFieldMarkedUnusedStaysUnmappedOverTheAutomaticMatch() {
        SourceTable table = new SourceTable("t", List.of("Kode", "Nama", "Pangkat"), List.of(
                new SourceRow(2, List.of("A", "x", "III/a"))));
        ColumnMapping m = TableImport.mappingFor(DEF, table, new ColumnMapping(Map.of("rank", ColumnMapping.UNUSED)));
        assertEquals(Optional.empty(), m.headerOf("rank"));
        assertEquals(Optional.of("Kode"), m.headerOf("code"));
        assertEquals(List.of(new ParsedRow<>(2, "A:x")), TableImport.preview(table, DEF, m).rows());
    }
}
