package id.tata.importing;

import id.tata.common.error.TataException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvReaderTest {

    @Test
    void commaSeparatedWithQuotesAndDoubledQuotes() {
        SourceTable t = CsvReader.parse("t.csv", "Kode,Nama\n1,\"Dinas \"\"A\"\", Kota\"\n2,B\n");
        assertEquals(List.of("Kode", "Nama"), t.headers());
        assertEquals(List.of(new SourceRow(2, List.of("1", "Dinas \"A\", Kota")), new SourceRow(3, List.of("2", "B"))),
                t.rows());
    }

    @Test
    void semicolonsBomAndWindowsLineEndingsAreRecognised() {
        SourceTable t = CsvReader.parse("t.csv", "\uFEFFKode;Nama;Alamat, kota\r\n1;A;Jl. B, Kota\r\n");
        assertEquals(List.of("Kode", "Nama", "Alamat, kota"), t.headers());
        assertEquals(List.of("1", "A", "Jl. B, Kota"), t.rows().get(0).cells());
        assertEquals(2, t.rows().get(0).rowNumber());
    }

    @Test
    void rowNumbersCountBlankLinesAndLineBreaksInsideQuotes() {
        SourceTable t = CsvReader.parse("t.csv", "Kode,Alamat\n1,\"Jl. Satu\nKota\"\n\n2,Jl. Dua\n3\n");
        assertEquals(List.of(2, 5, 6), t.rows().stream().map(SourceRow::rowNumber).toList());
        assertEquals("Jl. Satu\nKota", t.rows().get(0).cell(1));
        assertEquals("", t.rows().get(2).cell(1), "a short row reads as empty cells");
    }

    @Test
    void emptyFileIsRefused() {
        assertEquals("import.error.emptyFile", assertThrows(TataException.class,
                () -> CsvReader.parse("kosong.csv", "\uFEFF")).key());
    }
}
