package id.tata.sample;

import id.tata.documents.model.Document;
import id.tata.documents.model.DocumentMeta;
import id.tata.documents.model.Orientation;
import id.tata.documents.model.PageNumbering;
import id.tata.documents.model.PageSetup;
import id.tata.documents.model.Paragraph;
import id.tata.documents.model.Section;
import id.tata.documents.model.TextStyle;
import id.tata.documents.render.pdf.PdfRenderer;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Small stand-in evidence files (bukti dukung) for Kota Contoh: a one-page PDF per document named in the sample
 * sources, and a PNG for screenshots — made up, labelled as examples, never real documents.
 */
final class SampleEvidence {
    private SampleEvidence() {
    }

    static byte[] file(String name) {
        return name.toLowerCase().endsWith(".png") ? png(name) : pdf(name);
    }

    /** A one-page PDF made through the document model, like every PDF Tata writes. */
    private static byte[] pdf(String name) {
        Document doc = new Document(new DocumentMeta(title(name), "Contoh bukti dukung", "", null, "id-ID"),
                PageSetup.A4, TextStyle.REPORT, List.of(new Section("Bukti", Orientation.PORTRAIT,
                PageNumbering.NONE, List.of(Paragraph.of("PEMERINTAH KOTA CONTOH"), Paragraph.heading(1, title(name)),
                Paragraph.of("Contoh bukti dukung Penilaian Mandiri SPBE untuk workspace contoh Tata. "
                        + "Dokumen ini dibuat-buat dan bukan dokumen resmi.")))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRenderer().render(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] png(String name) {
        BufferedImage img = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF4F6F8));
        g.fillRect(0, 0, 480, 270);
        g.setColor(new Color(0xC0392B));
        g.fillRect(0, 0, 480, 40);
        g.setColor(Color.WHITE);
        g.drawString(title(name), 16, 25);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Contoh tangkapan layar (dibuat-buat)", 16, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String title(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
