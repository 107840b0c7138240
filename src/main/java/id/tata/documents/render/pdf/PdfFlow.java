package id.tata.documents.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * Where rendered elements go, in reading order. Holds back elements that must stay with the next one (a title and
 * the text it introduces, a "Menimbang :" line and its table) and starts a new page before them when they and the
 * beginning of the next element would not fit — best effort, as OpenPDF has no keep-with-next of its own.
 */
final class PdfFlow {
    /** Enough of a following paragraph to not leave its title alone: its first lines. */
    private static final int LINES_KEPT = 2;
    private static final float SIMULATION_HEIGHT = 100_000f;
    private static final float KEPT_TABLE_SLACK = 24f;

    private final Document document;
    private final PdfWriter writer;
    private final List<Element> keptWithNext = new ArrayList<>();
    private float textWidth;

    PdfFlow(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    /** The width elements are measured at; set per section (orientation changes it). */
    void textWidth(float width) {
        this.textWidth = width;
    }

    void add(Element element) {
        add(element, false);
    }

    void add(Element element, boolean keepWithNext) {
        if (keepWithNext) {
            keptWithNext.add(element);
            return;
        }
        if (!keptWithNext.isEmpty()) {
            float needed = keptWithNext.stream().map(this::height).reduce(0f, Float::sum) + headHeight(element);
            if (needed > spaceLeft() && needed < pageTextHeight() && spaceLeft() < pageTextHeight() - 1) {
                document.newPage();
            }
            flushKept();
        }
        document.add(element);
    }

    void pageBreak() {
        flushKept();
        document.newPage();
    }

    /** Called at the end of a section: whatever was held back goes out as it is. */
    void finish() {
        flushKept();
    }

    private void flushKept() {
        for (Element element : keptWithNext) {
            document.add(element);
        }
        keptWithNext.clear();
    }

    private float spaceLeft() {
        return writer.getVerticalPosition(false) - document.bottom();
    }

    private float pageTextHeight() {
        return document.top() - document.bottom();
    }

    /** The part of the next element that must join the held-back ones on their page. */
    private float headHeight(Element element) {
        if (element instanceof Paragraph p) {
            return Math.min(height(p), LINES_KEPT * p.getTotalLeading() + p.getSpacingBefore());
        }
        if (element instanceof PdfPTable t && t.getKeepTogether()) {
            // a table kept together (the signature block) comes whole: what is held back must fit with all of it;
            // the measured paragraphs run a little short of the laid-out ones, hence two lines to spare
            return height(t) + KEPT_TABLE_SLACK;
        }
        if (element instanceof PdfPTable t) {
            float head = 0;
            int rows = Math.min(t.size(), Math.max(t.getHeaderRows(), 0) + 1);
            for (int r = 0; r < rows; r++) {
                head += t.getRowHeight(r);
            }
            return head + t.spacingBefore();
        }
        return height(element);
    }

    private float height(Element element) {
        if (element instanceof Image image) {
            return image.getScaledHeight() + image.getSpacingBefore() + image.getSpacingAfter();
        }
        if (element instanceof PdfPTable t) {
            return t.getTotalHeight() + t.spacingBefore() + t.spacingAfter();
        }
        // lay it out on an endless column without drawing: exact for paragraphs
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, 0, textWidth, SIMULATION_HEIGHT);
        column.addElement(element);
        column.go(true);
        return SIMULATION_HEIGHT - column.getYLine();
    }
}
