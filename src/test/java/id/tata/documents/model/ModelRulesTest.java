package id.tata.documents.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelRulesTest {

    @Test
    void diktumLabelsAreIndonesianOrdinals() {
        assertEquals("KESATU", Ordinals.diktum(1));
        assertEquals("KEEMPAT", Ordinals.diktum(4));
        assertEquals("KESEPULUH", Ordinals.diktum(10));
        assertEquals("KESEBELAS", Ordinals.diktum(11));
        assertEquals("KEDUA BELAS", Ordinals.diktum(12));
        assertEquals("KEDUA PULUH", Ordinals.diktum(20));
        assertEquals("KEDUA PULUH SATU", Ordinals.diktum(21));
    }

    @Test
    void listLabelsFollowTheirStyle() {
        assertEquals("c.", ListStyle.LOWER_ALPHA_DOT.label(3));
        assertEquals("aa.", ListStyle.LOWER_ALPHA_DOT.label(27));
        assertEquals("2)", ListStyle.DECIMAL_PAREN.label(2));
        assertEquals("b)", ListStyle.LOWER_ALPHA_PAREN.label(2));
        assertEquals("KETIGA", ListStyle.ORDINAL_WORDS.label(3));
        ListBlock continued = new ListBlock(ListStyle.DECIMAL_DOT, 4, 7, List.of(ListItem.of("x")));
        assertEquals("4.", continued.label(0));
    }

    @Test
    void gridPlacesRowAndColumnSpans() {
        Table table = id.tata.documents.SampleDocuments.testTable();
        TableGrid grid = table.grid();
        // "No" spans two header rows: the second header row starts at column 2
        assertTrue(grid.isOrigin(0, 0));
        assertFalse(grid.isOrigin(1, 0));
        assertEquals("Rupiah", grid.origin(1, 2).cell().displayText());
        assertEquals(2, grid.origin(1, 2).column());
        assertEquals("Anggaran", grid.origin(0, 3).cell().displayText());
    }

    @Test
    void cellsThatDoNotFillTheGridAreRefused() {
        List<Column> two = List.of(Column.of(1), Column.of(1));
        assertThrows(IllegalArgumentException.class, () -> Table.of("x", two, List.of(),
                List.of(TableRow.ofTexts("a"))));
        assertThrows(IllegalArgumentException.class, () -> Table.of("x", two, List.of(),
                List.of(TableRow.ofTexts("a", "b", "c"))));
        assertThrows(IllegalArgumentException.class, () -> Table.of("x", two, List.of(),
                List.of(TableRow.of(TableCell.of("a").spanning(1, 2), TableCell.of("b")))));
    }

    @Test
    void numbersAndDatesPrintInIndonesianForm() {
        assertEquals("1.234.567,50", TableCell.of(CellValue.number(new BigDecimal("1234567.5"), 2)).displayText());
        assertEquals("25 November 2026", TableCell.of(CellValue.date(LocalDate.of(2026, 11, 25))).displayText());
    }

    @Test
    void plainTextKeepsReadingOrderAndLabels() {
        Document doc = id.tata.documents.SampleDocuments.everything();
        List<String> lines = PlainText.lines(doc);
        int menimbang = indexStarting(lines, "Menimbang : a. bahwa");
        int mengingat = indexStarting(lines, "Mengingat : 1. Peraturan Presiden");
        assertTrue(menimbang >= 0 && mengingat > menimbang, lines.toString());
        assertFalse(PlainText.lines(doc, false).stream().anyMatch(l -> l.startsWith("Menimbang : a.")));
    }

    private static int indexStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
