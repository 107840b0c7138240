package id.tata.documents.render.docx;

import id.tata.documents.model.SignatureBlock;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static id.tata.documents.render.docx.DocxUnits.twips;

/**
 * The signature block: left-aligned lines indented to {@code leftFraction} of the text width, the room to sign as
 * space before the name, every line kept with the next so the block never breaks across pages.
 */
final class DocxSignatures {
    private static final int LINE_TWIPS = 240;
    private DocxSignatures() {
    }

    static void write(SignatureBlock signature, Supplier<XWPFParagraph> paragraphs, double textWidthMm) {
        int indent = twips(signature.leftFraction() * textWidthMm);
        List<XWPFParagraph> lines = new ArrayList<>();
        for (String line : signature.placeAndDate()) {
            lines.add(line(paragraphs.get(), indent, line));
        }
        for (String line : signature.office()) {
            lines.add(line(paragraphs.get(), indent, line));
        }
        XWPFParagraph name = paragraphs.get();
        line(name, indent, null);
        name.setSpacingBefore(twips(signature.signatureSpaceMm()));
        XWPFRun run = DocxRuns.append(name, signature.name());
        if (signature.nameBold()) {
            run.setBold(true);
        }
        if (signature.nameUnderlined()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        lines.add(name);
        for (String line : signature.afterName()) {
            lines.add(line(paragraphs.get(), indent, line));
        }
        // one blank line between the text above and the block, as the PDF leaves it
        lines.get(0).setSpacingBefore(lines.get(0).getSpacingBefore() > 0 ? lines.get(0).getSpacingBefore()
                + LINE_TWIPS : LINE_TWIPS);
        for (int i = 0; i < lines.size(); i++) {
            DocxParagraphs.keepLines(lines.get(i));
            if (i < lines.size() - 1) {
                lines.get(i).setKeepNext(true);
            }
        }
    }

    private static XWPFParagraph line(XWPFParagraph paragraph, int indent, String text) {
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        DocxParagraphs.indent(paragraph, indent, 0);
        if (text != null && !text.isEmpty()) {
            DocxRuns.append(paragraph, text);
        }
        return paragraph;
    }
}
