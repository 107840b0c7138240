package id.tata.organization.report;

import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
import id.tata.documents.model.CellValue;
import id.tata.documents.model.Document;
import id.tata.documents.model.FontFamily;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.PlainText;
import id.tata.documents.model.RunStyle;
import id.tata.documents.model.Section;
import id.tata.documents.model.Table;
import id.tata.documents.model.TableCell;
import id.tata.documents.model.TableRow;
import id.tata.documents.model.TextStyle;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static id.tata.organization.report.AgencyListFixture.DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyListDocumentTest {
    private static final int NO = 0;
    private static final int CODE = 1;
    private static final int NAME = 2;
    private static final int SHORT = 3;
    private static final int KIND = 4;
    private static final int PARENT = 5;
    private static final int ADDRESS = 6;

    @Test
    void titleLinesNameTheListTheGovernmentAndTheDate() {
        Section section = AgencyListDocument.compose(AgencyListFixture.data()).sections().get(0);
        List<Paragraph> titles = section.blocks().stream().filter(b -> b instanceof Paragraph)
                .map(b -> (Paragraph) b).toList();
        assertEquals(List.of("DAFTAR PERANGKAT DAERAH", "PEMERINTAH KOTA CONTOH", "Keadaan per 25 November 2026"),
                titles.stream().map(Paragraph::text).toList());
        titles.forEach(p -> assertEquals(Align.CENTER, p.align(), p.text()));
        assertEquals(1, titles.get(0).heading());
        assertTrue(titles.get(1).runs().stream().allMatch(r -> r.has(RunStyle.BOLD)));
        assertTrue(titles.stream().allMatch(Paragraph::keepWithNext), "titles stay on the table's page");
        assertTrue(section.blocks().get(3) instanceof Table);
    }

    @Test
    void landscapeA4InArialWithPageNumbersInTheFooterAndMetaForTheFile() {
        Document document = AgencyListDocument.compose(AgencyListFixture.data());
        assertEquals(PageSetup.A4, document.page());
        assertEquals(TextStyle.REPORT, document.text());
        assertEquals(FontFamily.ARIAL, document.text().family());
        Section section = document.sections().get(0);
        assertEquals(Orientation.LANDSCAPE, section.orientation());
        assertEquals(PageNumbering.FOOTER_EVERY_PAGE, section.numbering());
        assertEquals("Daftar Perangkat Daerah", document.meta().title());
        assertEquals("Pemerintah Kota Contoh, keadaan per 25 November 2026", document.meta().subject());
        assertEquals("Pemerintah Kota Contoh", document.meta().author());
        assertEquals(DATE, document.meta().date());
    }

    @Test
    void headerHasTheSevenColumnsAndIsRepeated() {
        Table table = table(AgencyListFixture.data());
        assertEquals("Daftar Perangkat Daerah", table.caption());
        assertTrue(table.repeatHeader());
        assertTrue(table.borders());
        assertEquals(List.of("No", "Kode", "Nama Perangkat Daerah", "Singkatan", "Jenis", "Induk", "Alamat"),
                texts(table.header().get(0)));
        assertTrue(table.header().get(0).cells().stream().allMatch(TableCell::bold));
        assertEquals(Align.CENTER, table.columns().get(NO).align());
    }

    @Test
    void subUnitsFollowTheirParentInCodeOrder() {
        Table table = table(AgencyListFixture.data());
        assertEquals(List.of("2.16.01", "4.01.01", "4.01.01.01", "4.01.01.02"), column(table, CODE));
        assertEquals(List.of("Dinas Komunikasi dan Informatika", "Sekretariat Daerah", "Bagian Hukum", "Bagian Umum"),
                column(table, NAME));
    }

    @Test
    void rowsAreNumberedWithRealNumbers() {
        Table table = table(AgencyListFixture.data());
        for (int i = 0; i < table.body().size(); i++) {
            CellValue value = table.body().get(i).cells().get(NO).value();
            assertTrue(value instanceof CellValue.Number, "row " + i + ": " + value);
            assertEquals(0, new BigDecimal(i + 1).compareTo(((CellValue.Number) value).value()));
            assertEquals(0, ((CellValue.Number) value).decimals());
        }
    }

    @Test
    void parentNamesKindLabelsShortNamesAndAddresses() {
        Table table = table(AgencyListFixture.data());
        assertEquals(List.of("", "", "Sekretariat Daerah", "Sekretariat Daerah"), column(table, PARENT));
        assertEquals(List.of("Dinas", "Sekretariat Daerah", "Bagian", "Bagian"), column(table, KIND));
        assertEquals(List.of("Diskominfo", "Setda", "", ""), column(table, SHORT));
        assertEquals("Jl. Pahlawan No. 7\nKota Contoh", column(table, ADDRESS).get(0));
    }

    @Test
    void numbersInCodesCompareAsNumbers() {
        Agency parent = new Agency(1L, "4.1", "Induk", "", AgencyKind.BOARD, null, "");
        Agency tenth = new Agency(2L, "4.1.10", "Sub Sepuluh", "", AgencyKind.DIVISION, 1L, "");
        Agency second = new Agency(3L, "4.1.2", "Sub Dua", "", AgencyKind.DIVISION, 1L, "");
        Agency other = new Agency(4L, "10.1", "Lain", "", AgencyKind.OTHER, null, "");
        Table table = table(AgencyListData.of("Pemerintah Kota Contoh", DATE, List.of(other, tenth, second, parent)));
        assertEquals(List.of("4.1", "4.1.2", "4.1.10", "10.1"), column(table, CODE));
    }

    @Test
    void anAgencyWhoseParentIsNotListedStandsAtTheTopAndNoRowIsLostInACycle() {
        Agency orphan = new Agency(1L, "3.01", "UPT Puskesmas", "", AgencyKind.TECHNICAL_UNIT, 99L, "");
        Agency a = new Agency(2L, "5.01", "Satu", "", AgencyKind.OTHER, 3L, "");
        Agency b = new Agency(3L, "5.02", "Dua", "", AgencyKind.OTHER, 2L, "");
        Table table = table(AgencyListData.of("Pemerintah Kota Contoh", DATE, List.of(b, orphan, a)));
        assertEquals(List.of("3.01", "5.01", "5.02"), column(table, CODE));
        assertEquals(List.of("", "Dua", "Satu"), column(table, PARENT));
    }

    @Test
    void kindLabelsComeFromTheDataAndElseFromTheIndonesianBundle() {
        AgencyListData data = new AgencyListData("Pemerintah Kabupaten Contoh", DATE, List.of(AgencyListFixture.KOMINFO,
                AgencyListFixture.SETDA), Map.of(AgencyKind.SERVICE_OFFICE, "Dinas Daerah"), Map.of());
        assertEquals(List.of("Dinas Daerah", "Sekretariat Daerah"), column(table(data), KIND));
        assertEquals("Rumah Sakit Daerah", data.kindLabel(AgencyKind.HOSPITAL));
    }

    @Test
    void headsAddAKepalaColumn() {
        AgencyListData data = AgencyListFixture.data().withHeads(Map.of(10L, "Drs. Budi Santoso, M.Si."));
        Table table = table(data);
        assertEquals("Kepala", texts(table.header().get(0)).get(7));
        assertEquals(List.of("", "Drs. Budi Santoso, M.Si.", "", ""), column(table, 7));
        assertEquals(7, table(AgencyListFixture.data()).columns().size());
    }

    @Test
    void anEmptyListSaysSoInsteadOfShowingNoRows() {
        Table table = table(AgencyListData.of("Pemerintah Kota Contoh", DATE, List.of()));
        assertEquals(1, table.body().size());
        TableCell only = table.body().get(0).cells().get(0);
        assertEquals(AgencyListDocument.EMPTY, only.displayText());
        assertEquals(7, only.colSpan());
    }

    @Test
    void theDataRequiresAGovernmentAndADate() {
        assertThrows(IllegalArgumentException.class, () -> AgencyListData.of(" ", DATE, List.of()));
        assertThrows(NullPointerException.class, () -> AgencyListData.of("Pemerintah Kota Contoh", null, List.of()));
    }

    @Test
    void everyAgencyWordIsInThePlainText() {
        Document document = AgencyListDocument.compose(AgencyListFixture.data());
        List<String> words = PlainText.words(document);
        for (String word : List.of("Diskominfo", "Komunikasi", "4.01.01.02", "Merdeka", "Pahlawan", "Setda")) {
            assertTrue(words.contains(word), word);
        }
        assertFalse(words.contains("null"));
    }

    private static Table table(AgencyListData data) {
        List<Block> blocks = AgencyListDocument.compose(data).sections().get(0).blocks();
        return (Table) blocks.stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
    }

    private static List<String> column(Table table, int index) {
        return table.body().stream().map(r -> r.cells().get(index).displayText()).toList();
    }

    private static List<String> texts(TableRow row) {
        return row.cells().stream().map(TableCell::displayText).toList();
    }
}
