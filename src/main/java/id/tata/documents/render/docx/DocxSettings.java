package id.tata.documents.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;

import javax.xml.namespace.QName;

/**
 * settings.xml: marks the file as a current Word document. Without a compatibility mode Word opens it in
 * "Compatibility Mode" (Word 2007 layout rules, some features greyed out), which puzzles the people editing it.
 */
final class DocxSettings {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WORD_2013_AND_LATER = "15";

    private DocxSettings() {
    }

    static void install(XWPFDocument document) {
        // POI's slim schema jar has no typed w:compat, so the element is written through a cursor
        try (XmlCursor cursor = document.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(W, "compat", "w"));
            cursor.beginElement(new QName(W, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(W, "val", "w"), WORD_2013_AND_LATER);
        }
    }
}
