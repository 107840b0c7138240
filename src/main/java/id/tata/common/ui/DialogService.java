package id.tata.common.ui;

import id.tata.common.error.TataException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs ViewModels may open. An interface so ViewModels stay free of {@code javafx.scene} and tests can
 * answer dialogs with a fake. Texts are already in the user's language; titles and messages are user-visible.
 */
public interface DialogService {
    /** Shows the error in the user's language, from its message key. */
    void showError(TataException error);

    void showError(String message);

    /** An error with a title saying what was being done ("Cadangan", "Hapus Perangkat Daerah"). */
    void showError(String title, String message);

    void showInfo(String title, String message);

    /** @return true when the user agreed */
    boolean confirm(String title, String message);

    /**
     * @param extensions without dot, e.g. {@code List.of("xlsx", "csv")}; empty for any file
     * @return empty when the user cancelled
     */
    Optional<Path> chooseOpenFile(String title, List<String> extensions);

    /** As {@link #chooseOpenFile}; the first extension is the default for the new file. */
    Optional<Path> chooseSaveFile(String title, List<String> extensions);
}
