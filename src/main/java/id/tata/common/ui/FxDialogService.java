package id.tata.common.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link DialogService} with JavaFX alerts and the native file chooser. Call it on the JavaFX thread.
 * Buttons get their texts from our bundle because JavaFX ships no Indonesian translation of "OK"/"Cancel".
 */
public final class FxDialogService implements DialogService {
    /** The language may change while the window is open (Preferences): it is asked for each time. */
    private final Supplier<I18n> language;
    private final Supplier<Window> owner;
    /** Users pick several files from one folder in a row; starting where they were saves them the walk. */
    private File lastDirectory;

    /** @param owner the window dialogs belong to (may supply null before the main window exists) */
    public FxDialogService(I18n i18n, Supplier<Window> owner) {
        this(() -> i18n, owner);
        Objects.requireNonNull(i18n, "i18n");
    }

    public FxDialogService(Supplier<I18n> language, Supplier<Window> owner) {
        this.language = Objects.requireNonNull(language, "language");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public void showError(TataException error) {
        showError(error.message(language.get()));
    }

    @Override
    public void showError(String message) {
        show(Alert.AlertType.ERROR, language.get().text("dialog.error.title"), message, closeButton());
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message, closeButton());
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message, closeButton());
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(language.get().text("dialog.button.yes"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(language.get().text("dialog.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return show(Alert.AlertType.CONFIRMATION, title, message, yes, cancel).filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<String> extensions) {
        File file = chooser(title, extensions).showOpenDialog(owner.get());
        return remember(file);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, List<String> extensions) {
        File file = chooser(title, extensions).showSaveDialog(owner.get());
        // GTK's chooser does not add the extension; without it the user could not open the file by double-click.
        return remember(file).map(path -> withExtension(path, extensions));
    }

    private Optional<ButtonType> show(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setResizable(true); // long Indonesian messages must not be cut off
        return alert.showAndWait();
    }

    private ButtonType closeButton() {
        return new ButtonType(language.get().text("dialog.button.close"), ButtonBar.ButtonData.OK_DONE);
    }

    private FileChooser chooser(String title, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (!extensions.isEmpty()) {
            chooser.getExtensionFilters().add(extensionFilter(language.get(), extensions));
        }
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastDirectory = file.getParentFile();
        return Optional.of(file.toPath());
    }

    static FileChooser.ExtensionFilter extensionFilter(I18n i18n, List<String> extensions) {
        List<String> patterns = extensions.stream().map(ext -> "*." + ext.toLowerCase(Locale.ROOT)).toList();
        return new FileChooser.ExtensionFilter(i18n.text("dialog.file.supported", String.join(", ", patterns)),
                patterns);
    }

    static Path withExtension(Path path, List<String> extensions) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean hasOne = extensions.stream().anyMatch(ext -> name.endsWith("." + ext.toLowerCase(Locale.ROOT)));
        if (extensions.isEmpty() || hasOne) {
            return path;
        }
        return path.resolveSibling(path.getFileName() + "." + extensions.get(0));
    }
}
