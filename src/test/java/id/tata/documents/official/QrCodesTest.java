package id.tata.documents.official;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.tata.documents.model.Align;
import id.tata.documents.model.Document;
import id.tata.documents.model.ImageBlock;
import id.tata.documents.register.IssuedDocument;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class QrCodesTest {

    @Test
    void theStampOnTheLastPageDecodesToTheRegisterCodeAndHash() throws Exception {
        Document decree = DecreeComposer.compose(DecreeComposerTest.decree(null, null,
                DecreeSigner.regionHead("Budi"), 2));
        String payload = IssuedDocument.qrPayload("TATA-2026-00042", "ab".repeat(32));
        Document stamped = RegisterStamp.apply(decree, "TATA-2026-00042", payload);

        var lastBlocks = stamped.sections().get(stamped.sections().size() - 1).blocks();
        ImageBlock qr = assertInstanceOf(ImageBlock.class, lastBlocks.get(lastBlocks.size() - 2));
        assertEquals(payload, decode(qr.data()));
        assertEquals(decree.sections().size(), stamped.sections().size());
    }

    @Test
    void anyPayloadRoundTrips() throws Exception {
        for (String payload : List.of("x", "TATA-REG:TATA-2026-00001;SHA256:" + "0".repeat(64))) {
            assertEquals(payload, decode(QrCodes.image(payload, 18, Align.LEFT).data()));
        }
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
