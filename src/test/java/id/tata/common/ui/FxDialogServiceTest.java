package id.tata.common.ui;

import id.tata.common.l10n.I18n;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parts of the dialog service that need no running toolkit; the dialogs themselves are covered by GUI tests. */
class FxDialogServiceTest {

    @Test
    void extensionFilterNamesThePatternsInTheUsersLanguage() {
        FileChooser.ExtensionFilter filter = FxDialogService.extensionFilter(I18n.indonesian(), List.of("XLSX", "csv"));
        assertEquals(List.of("*.xlsx", "*.csv"), filter.getExtensions());
        assertEquals("Berkas yang didukung (*.xlsx, *.csv)", filter.getDescription());
    }

    @Test
    void saveDialogAddsTheMissingExtension() {
        Path dir = Path.of("/tmp/keluaran");
        List<String> formats = List.of("docx", "pdf");
        assertEquals(dir.resolve("sk.docx"), FxDialogService.withExtension(dir.resolve("sk"), formats));
        assertEquals(dir.resolve("sk.PDF"), FxDialogService.withExtension(dir.resolve("sk.PDF"), formats));
        assertEquals(dir.resolve("sk"), FxDialogService.withExtension(dir.resolve("sk"), List.of()));
    }
}
