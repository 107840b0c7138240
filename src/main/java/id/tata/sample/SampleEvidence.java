package id.tata.sample;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

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

    private static byte[] pdf(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title(name));
            doc.open();
            doc.add(new Paragraph("PEMERINTAH KOTA CONTOH", new Font(Font.HELVETICA, 12, Font.BOLD)));
            doc.add(new Paragraph(title(name), new Font(Font.HELVETICA, 16, Font.BOLD)));
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Contoh bukti dukung Penilaian Mandiri SPBE untuk workspace contoh Tata. "
                    + "Dokumen ini dibuat-buat dan bukan dokumen resmi.", new Font(Font.HELVETICA, 11)));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
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
