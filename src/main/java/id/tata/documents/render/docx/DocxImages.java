package id.tata.documents.render.docx;

import id.tata.documents.model.ImageBlock;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static id.tata.documents.render.docx.DocxUnits.emu;

/** Pictures as inline drawings at their size in millimetres, with the IR description as alternative text. */
final class DocxImages {
    private DocxImages() {
    }

    /** A paragraph of its own holding the picture, aligned as the IR says. */
    static void write(ImageBlock image, XWPFParagraph target) throws IOException {
        DocxParagraphs.align(target, image.align());
        append(image, target);
    }

    static void append(ImageBlock image, XWPFParagraph target) throws IOException {
        XWPFRun run = target.createRun();
        boolean png = image.format() == ImageBlock.ImageFormat.PNG;
        String name = (image.description().isBlank() ? "gambar" : image.description()) + (png ? ".png" : ".jpg");
        XWPFPicture picture;
        try {
            picture = run.addPicture(new ByteArrayInputStream(image.data()),
                    png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, name,
                    emu(image.widthMm()), emu(image.heightMm()));
        } catch (InvalidFormatException e) {
            throw new IOException("cannot embed image '" + image.description() + "'", e);
        }
        // alternative text for screen readers and Word's "Alt Text" pane
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(image.description());
        CTDrawing drawing = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1);
        if (drawing.sizeOfInlineArray() > 0) {
            drawing.getInlineArray(0).getDocPr().setDescr(image.description());
        }
    }
}
