package id.tata.documents.render.docx;

import id.tata.documents.model.Document;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Renders an IR document with {@link DocxRenderer} and reads the file back with POI, as Word would open it. */
final class RenderedDocx {
    private RenderedDocx() {
    }

    static byte[] bytes(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxRenderer().render(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XWPFDocument open(Document document) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first body paragraph whose text contains {@code text}. */
    static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        for (XWPFParagraph p : docx.getParagraphs()) {
            if (p.getText().contains(text)) {
                return p;
            }
        }
        return fail("no paragraph contains '" + text + "'");
    }

    /** The body table whose text contains {@code text}. */
    static XWPFTable table(XWPFDocument docx, String text) {
        for (XWPFTable t : docx.getTables()) {
            if (t.getText().contains(text)) {
                return t;
            }
        }
        return fail("no table contains '" + text + "'");
    }

    /** Section properties in document order: those closing a section in a paragraph, then the body's. */
    static List<CTSectPr> sections(XWPFDocument docx) {
        List<CTSectPr> sections = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                sections.add(p.getCTP().getPPr().getSectPr());
            }
        }
        if (docx.getDocument().getBody().isSetSectPr()) {
            sections.add(docx.getDocument().getBody().getSectPr());
        }
        return sections;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
