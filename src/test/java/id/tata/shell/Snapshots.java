package id.tata.shell;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves what a window shows as PNG when {@code -Dtata.screenshots=DIR} is given, so the headless GUI test doubles as
 * a way to look at the screens (Monocle renders them without an X server). Does nothing otherwise.
 */
public final class Snapshots {
    private Snapshots() {}

    public static void save(FxRobot robot, Window window, String name) {
        String dir = System.getProperty("tata.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Scene scene = window.getScene();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        try {
            Path target = Path.of(dir).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            ImageIO.write(toBuffered(image[0]), "png", target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
