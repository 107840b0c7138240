package id.tata.documents.official;

import id.tata.documents.model.Align;
import id.tata.documents.model.Block;
import id.tata.documents.model.Document;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.ParagraphSpacing;
import id.tata.documents.model.Run;
import id.tata.documents.model.RunStyle;
import id.tata.documents.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the register stamp on the last page: a small QR code carrying the register code and the content hash, and the
 * code in words, so a printed copy leads back to its register row.
 */
public final class RegisterStamp {
    private static final double QR_MM = 18;

    private RegisterStamp() {
    }

    public static Document apply(Document document, String registerCode, String payload) {
        List<Section> sections = new ArrayList<>(document.sections());
        Section last = sections.remove(sections.size() - 1);
        List<Block> blocks = new ArrayList<>(last.blocks());
        blocks.add(QrCodes.image(payload, QR_MM, Align.LEFT));
        blocks.add(Paragraph.of(Run.styled("Register Tata " + registerCode, RunStyle.ITALIC))
                .aligned(Align.LEFT).spaced(ParagraphSpacing.before(2)));
        sections.add(new Section(last.name(), last.orientation(), last.numbering(), blocks));
        return new Document(document.meta(), document.page(), document.text(), sections);
    }
}
