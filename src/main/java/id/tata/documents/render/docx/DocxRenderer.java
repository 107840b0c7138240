package id.tata.documents.render.docx;

import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.Section;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.render.DocumentRenderer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The document IR as a Word file the secretariat can go on editing: real styles (Normal in the document font,
 * Heading 1..3), real list numbering, tab stops and hanging indents for labelled blocks, fixed-layout tables with
 * repeating header rows, one Word section per IR section with its own page size and orientation, and "- n -" page
 * numbers from the second page.
 */
public final class DocxRenderer implements DocumentRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(DocxRenderer.class);
    private static final String APPLICATION = "Tata";

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            DocxStyles.install(docx, document.text(), document.meta().language());
            DocxSettings.install(docx);
            properties(docx.getProperties().getCoreProperties(), document.meta());
            docx.getProperties().getExtendedProperties().setApplication(APPLICATION);
            DocxNumbering numbering = new DocxNumbering(docx, document.text().family().wordName());
            DocxTables tables = new DocxTables(document.text().sizePt());
            List<Section> sections = document.sections();
            PageNumbering previous = null;
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                double textWidthMm = document.page().textWidthMm(section.orientation());
                new DocxBlocks(docx, numbering, tables, textWidthMm).write(section.blocks());
                boolean last = i == sections.size() - 1;
                CTSectPr sectPr = last ? DocxSections.closeLast(docx) : DocxSections.closeWithBreak(docx);
                DocxSections.page(sectPr, document.page(), section.orientation());
                DocxSections.numbering(docx, sectPr, section.numbering(), previous);
                previous = section.numbering();
            }
            docx.write(out);
        }
        LOG.debug("DOCX written: '{}', {} section(s)", document.meta().title(), document.sections().size());
    }

    private static void properties(POIXMLProperties.CoreProperties core, DocumentMeta meta) {
        core.setTitle(meta.title());
        core.getUnderlyingProperties().setLanguageProperty(meta.language());
        if (!meta.subject().isEmpty()) {
            core.setSubjectProperty(meta.subject());
        }
        core.setCreator(meta.author().isEmpty() ? APPLICATION : meta.author()); // not POI's "Apache POI"
        core.setLastModifiedByUser(core.getCreator());
        if (meta.date() != null) {
            // the issue date rather than the moment of rendering, so the same document gives the same file
            core.setCreated(Optional.of(Date.from(meta.date().atStartOfDay().toInstant(ZoneOffset.UTC))));
        }
    }
}
