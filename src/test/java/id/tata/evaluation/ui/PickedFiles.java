package id.tata.evaluation.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;

/** Evidence files for page tests: the chooser "returns" {@link #next}; opening a file is not expected. */
final class PickedFiles implements EvidenceFiles {
    List<Path> next = List.of();

    @Override
    public List<Path> choose(Window owner, String title) {
        return next;
    }

    @Override
    public void open(Path file) {
        throw new AssertionError("nothing is opened in these tests");
    }
}
