package id.tata.evaluation.report;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The bar chart of the domain (or, without domains, aspect) indexes on the 0–5 scale, drawn with java.awt on an
 * off-screen image so it works headless (CLI, benchmark) and needs no JavaFX. The face is the bundled Liberation
 * Sans the PDF embeds, so the chart looks the same on every machine, fonts installed or not.
 */
final class DomainChart {
    /** One bar group: a label, the self index and the verified index (null when there is none). */
    record Bar(String label, BigDecimal self, BigDecimal verified) {
    }

    static final double WIDTH_MM = 160;
    private static final int PX_PER_MM = 8;
    private static final double MAX = 5;
    private static final Color SELF = new Color(0x1F, 0x4E, 0x79);
    private static final Color VERIFIED = new Color(0xC5, 0x5A, 0x11);
    private static final Color GRID = new Color(0xBF, 0xBF, 0xBF);
    private static final Font BASE = loadFont();

    private DomainChart() {
    }

    /** Height in mm for the number of bars: the image keeps its proportions on the page. */
    static double heightMm(List<Bar> bars) {
        boolean twoSeries = bars.stream().anyMatch(b -> b.verified() != null);
        return 22 + bars.size() * (twoSeries ? 16 : 11);
    }

    static byte[] png(List<Bar> bars) {
        boolean twoSeries = bars.stream().anyMatch(b -> b.verified() != null);
        int width = px(WIDTH_MM);
        int height = px(heightMm(bars));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(g, bars, twoSeries, width, height);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(Graphics2D g, List<Bar> bars, boolean twoSeries, int width, int height) {
        g.setFont(BASE.deriveFont((float) px(3.6)));
        FontMetrics metrics = g.getFontMetrics();
        int labelWidth = bars.stream().mapToInt(b -> metrics.stringWidth(b.label())).max().orElse(0);
        int left = Math.min(labelWidth + px(4), width / 2);
        int right = width - px(14);
        int top = px(4);
        int bottom = height - px(14);
        axis(g, metrics, left, right, top, bottom);
        int slot = (bottom - top) / Math.max(1, bars.size());
        int barHeight = twoSeries ? slot * 2 / 5 : slot * 3 / 5;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = top + i * slot + (slot - (twoSeries ? 2 * barHeight : barHeight)) / 2;
            g.setColor(Color.BLACK);
            String label = fit(bar.label(), metrics, left - px(3));
            g.drawString(label, left - px(2) - metrics.stringWidth(label),
                    y + (twoSeries ? barHeight : barHeight / 2) + metrics.getAscent() / 2 - px(0.3));
            bar(g, metrics, bar.self(), SELF, left, right, y, barHeight);
            if (twoSeries && bar.verified() != null) {
                bar(g, metrics, bar.verified(), VERIFIED, left, right, y + barHeight, barHeight);
            }
        }
        legend(g, metrics, twoSeries, left, height - px(4));
    }

    private static void axis(Graphics2D g, FontMetrics metrics, int left, int right, int top, int bottom) {
        g.setStroke(new BasicStroke(px(0.2)));
        for (int level = 0; level <= MAX; level++) {
            int x = x(level, left, right);
            g.setColor(GRID);
            g.drawLine(x, top, x, bottom);
            g.setColor(Color.BLACK);
            String text = String.valueOf(level);
            g.drawString(text, x - metrics.stringWidth(text) / 2, bottom + metrics.getAscent() + px(1));
        }
        g.drawLine(left, bottom, right, bottom);
    }

    private static void bar(Graphics2D g, FontMetrics metrics, BigDecimal value, Color color, int left, int right,
                            int y, int height) {
        double v = Math.max(0, Math.min(MAX, value.doubleValue()));
        int end = x(v, left, right);
        g.setColor(color);
        g.fillRect(left, y, Math.max(1, end - left), height);
        g.setColor(Color.BLACK);
        g.drawString(ReportTexts.index(value), end + px(1.2), y + height / 2 + metrics.getAscent() / 2 - px(0.3));
    }

    private static void legend(Graphics2D g, FontMetrics metrics, boolean twoSeries, int left, int baseline) {
        int x = left;
        x = legendItem(g, metrics, SELF, "Indeks mandiri", x, baseline);
        if (twoSeries) {
            legendItem(g, metrics, VERIFIED, "Indeks hasil verifikasi", x + px(6), baseline);
        }
    }

    private static int legendItem(Graphics2D g, FontMetrics metrics, Color color, String text, int x, int baseline) {
        int box = metrics.getAscent();
        g.setColor(color);
        g.fillRect(x, baseline - box, box, box);
        g.setColor(Color.BLACK);
        g.drawString(text, x + box + px(1.5), baseline);
        return x + box + px(1.5) + metrics.stringWidth(text);
    }

    /** The label shortened with "…" when it would run into the bars. */
    private static String fit(String label, FontMetrics metrics, int room) {
        if (metrics.stringWidth(label) <= room) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && metrics.stringWidth(cut + "…") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private static int x(double value, int left, int right) {
        return left + (int) Math.round((right - left) * value / MAX);
    }

    private static int px(double mm) {
        return (int) Math.round(mm * PX_PER_MM);
    }

    private static Font loadFont() {
        try (InputStream in = DomainChart.class.getResourceAsStream("/id/tata/fonts/LiberationSans-Regular.ttf")) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
