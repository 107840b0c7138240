package id.tata.evaluation.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The two things the evidence panel needs from the desktop: pick files, open a file in its own application. An
 * interface because neither the native chooser nor another application can be driven by a headless test.
 */
public interface EvidenceFiles {
    /** Files the user picked (several at once), empty when cancelled. Called on the JavaFX thread. */
    List<Path> choose(Window owner, String title);

    /** Opens the file in the application the desktop associates with it. Called off the JavaFX thread. */
    void open(Path file) throws IOException;

    /** The native chooser and the desktop's "open with". */
    static EvidenceFiles desktop() {
        return new EvidenceFiles() {
            @Override
            public List<Path> choose(Window owner, String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                List<File> files = chooser.showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }

            @Override
            public void open(Path file) throws IOException {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(file.toFile());
                    return;
                }
                // AWT's desktop is missing on some Linux desktops; xdg-open is what their file managers use
                new ProcessBuilder("xdg-open", file.toString()).start();
            }
        };
    }
}
