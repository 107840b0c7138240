package id.tata.documents.render.docx;

import id.tata.documents.SampleDocuments;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import java.io.IOException;
import java.util.List;

import static id.tata.documents.render.docx.RenderedDocx.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample's 60-row table (two header rows with merged cells) and its landscape matrix. */
class DocxTablesTest {
    /** 215 − 30 − 20 mm and 330 − 25 − 20 mm of text width, in twips. */
    private static final long PORTRAIT_TEXT = 9354;
    private static final long LANDSCAPE_TEXT = 16157;

    private static XWPFDocument docx;
    private static XWPFTable list;
    private static XWPFTable matrix;

    @BeforeAll
    static void render() {
        docx = RenderedDocx.open(SampleDocuments.everything());
        list = RenderedDocx.table(docx, "Perangkat Daerah nomor 60");
        matrix = RenderedDocx.table(docx, "Tugas nomor 5");
    }

    @AfterAll
    static void close() throws IOException {
        docx.close();
    }

    @Test
    void fixedLayoutWithColumnWidthsFromTheWeights() {
        assertEquals(STTblLayoutType.FIXED, list.getCTTbl().getTblPr().getTblLayout().getType());
        List<Long> grid = list.getCTTbl().getTblGrid().getGridColList().stream().map(c -> number(c.getW())).toList();
        assertEquals(List.of(720L, 4317L, 2159L, 2158L), grid, "weights 1 : 6 : 3 : 3 of 165 mm");
        assertEquals(PORTRAIT_TEXT, grid.stream().mapToLong(Long::longValue).sum());
        assertEquals(PORTRAIT_TEXT, number(list.getCTTbl().getTblPr().getTblW().getW()));
        long landscape = matrix.getCTTbl().getTblGrid().getGridColList().stream().mapToLong(c -> number(c.getW()))
                .sum();
        assertEquals(LANDSCAPE_TEXT, landscape, "the landscape section's text width");
    }

    @Test
    void headerRowsRepeatOnEveryPageAndRowsDoNotSplit() {
        assertEquals(2 + 60 + 1, list.getNumberOfRows());
        assertTrue(list.getRow(0).isRepeatHeader());
        assertTrue(list.getRow(1).isRepeatHeader());
        assertFalse(list.getRow(2).isRepeatHeader());
        for (XWPFTableRow row : list.getRows()) {
            assertTrue(row.isCantSplitRow());
        }
        assertTrue(matrix.getRow(0).isRepeatHeader());
    }

    @Test
    void rowSpansAreVerticalMergesAndColSpansGridSpans() {
        XWPFTableRow first = list.getRow(0);
        XWPFTableRow second = list.getRow(1);
        assertEquals(3, first.getTableCells().size(), "No | Nama | Anggaran over two columns");
        assertEquals(4, second.getTableCells().size(), "two merged continuations | Rupiah | Tanggal");
        assertEquals(STMerge.RESTART, tcPr(first.getCell(0)).getVMerge().getVal());
        assertEquals(STMerge.RESTART, tcPr(first.getCell(1)).getVMerge().getVal());
        assertEquals(STMerge.CONTINUE, tcPr(second.getCell(0)).getVMerge().getVal());
        assertEquals(STMerge.CONTINUE, tcPr(second.getCell(1)).getVMerge().getVal());
        assertEquals("", second.getCell(0).getText());
        assertEquals(2, number(tcPr(first.getCell(2)).getGridSpan().getVal()));
        assertEquals(4317, number(tcPr(first.getCell(2)).getTcW().getW()), "spanned width");
        assertEquals("Rupiah", second.getCell(2).getText());

        XWPFTableRow total = list.getRow(list.getNumberOfRows() - 1);
        assertEquals("Jumlah", total.getCell(0).getText());
        assertEquals(2, number(tcPr(total.getCell(0)).getGridSpan().getVal()));
    }

    @Test
    void shadingBoldColourAndAlignmentPerCell() {
        XWPFTableCell header = list.getRow(0).getCell(1);
        assertEquals("D9D9D9", header.getColor());
        assertTrue(header.getParagraphs().get(0).getRuns().get(0).isBold());
        assertEquals(ParagraphAlignment.CENTER, header.getParagraphs().get(0).getAlignment());

        XWPFTableRow body = list.getRow(2);
        assertEquals("1", body.getCell(0).getText());
        assertEquals(ParagraphAlignment.CENTER, alignment(body.getCell(0)), "cell override");
        assertEquals(ParagraphAlignment.LEFT, alignment(body.getCell(1)), "column default");
        assertEquals("1.234.567,50", body.getCell(2).getText());
        assertEquals(ParagraphAlignment.RIGHT, alignment(body.getCell(2)), "numbers right-aligned");
        assertEquals("2 Januari 2026", body.getCell(3).getText());

        XWPFTableCell total = list.getRow(list.getNumberOfRows() - 1).getCell(0);
        assertEquals("F2F2F2", total.getColor());
        assertTrue(total.getParagraphs().get(0).getRuns().get(0).isBold());

        assertEquals("C00000", matrix.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).getColor());
    }

    @Test
    void bordersAreSingleHalfPointLines() {
        assertEquals(XWPFTable.XWPFBorderType.SINGLE, list.getInsideHBorderType());
        assertEquals(XWPFTable.XWPFBorderType.SINGLE, list.getTopBorderType());
        assertEquals(4, list.getInsideVBorderSize());
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr();
    }

    private static ParagraphAlignment alignment(XWPFTableCell cell) {
        return cell.getParagraphs().get(0).getAlignment();
    }
}
