package id.tata.raci.ui;

import id.tata.common.ui.DialogService;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where the page asks for files to import and export; an interface so a test can answer with a path. */
public interface RaciFiles {
    Optional<Path> open(String title, List<String> extensions);

    Optional<Path> save(String title, List<String> extensions);

    /** The shell's file dialogs. */
    static RaciFiles of(DialogService dialogs) {
        return new RaciFiles() {
            @Override
            public Optional<Path> open(String title, List<String> extensions) {
                return dialogs.chooseOpenFile(title, extensions);
            }

            @Override
            public Optional<Path> save(String title, List<String> extensions) {
                return dialogs.chooseSaveFile(title, extensions);
            }
        };
    }
}
