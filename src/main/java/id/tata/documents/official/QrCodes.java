package id.tata.documents.official;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.tata.documents.model.Align;
import id.tata.documents.model.ImageBlock;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** QR codes as PNG images for the document IR (no AWT window involved: ImageIO only encodes). */
public final class QrCodes {
    private static final int MODULE_PIXELS = 4;

    private QrCodes() {
    }

    /** A QR code carrying {@code payload}, printed {@code sizeMm} square. */
    public static ImageBlock image(String payload, double sizeMm, Align align) {
        return new ImageBlock(png(payload), ImageBlock.ImageFormat.PNG, sizeMm, sizeMm, align,
                "QR " + payload);
    }

    static byte[] png(String payload) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth() * MODULE_PIXELS,
                    matrix.getHeight() * MODULE_PIXELS, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    boolean dark = matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
                    image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR payload of " + payload.length() + " chars", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
