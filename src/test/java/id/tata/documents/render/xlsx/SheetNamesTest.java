package id.tata.documents.render.xlsx;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetNamesTest {
    @Test
    void forbiddenCharactersAreReplaced() {
        SheetNames names = new SheetNames();
        assertEquals("Lampiran I Data-Rekap", names.claim("Lampiran I: Data/Rekap", "x"));
        assertEquals("Tabel A B-C", names.claim("[Tabel] *A?* B\\C", "x"));
        assertEquals("Aset", names.claim("'Aset'", "x"));
    }

    @Test
    void longNamesAreCutTo31Characters() {
        String name = new SheetNames().claim("Daftar Aplikasi dan Layanan Publik Pemerintah Daerah", "x");
        assertEquals("Daftar Aplikasi dan Layanan Pub", name);
        assertEquals(SheetNames.MAX_LENGTH, name.length());
    }

    @Test
    void repeatedNamesGetANumberIgnoringCaseAndStayWithin31() {
        SheetNames names = new SheetNames();
        assertEquals("Rekap", names.claim("Rekap", "x"));
        assertEquals("REKAP (2)", names.claim("REKAP", "x"));
        assertEquals("Rekap (3)", names.claim("Rekap", "x"));
        String longName = "Daftar Aplikasi dan Layanan Publik Pemerintah Daerah";
        names.claim(longName, "x");
        String second = names.claim(longName, "x");
        assertEquals("Daftar Aplikasi dan Layanan (2)", second);
        assertTrue(second.length() <= SheetNames.MAX_LENGTH);
    }

    @Test
    void emptyNamesFallBackAndExcelsReservedNameIsAvoided() {
        SheetNames names = new SheetNames();
        assertEquals("Tabel 1", names.claim("  ", "Tabel 1"));
        assertEquals("Tabel 2", names.claim("???", "Tabel 2"));
        assertEquals("Tabel 3", names.claim(null, "Tabel 3"));
        assertEquals("History (2)", names.claim("History", "x"));
    }
}
