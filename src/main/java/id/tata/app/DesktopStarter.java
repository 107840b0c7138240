package id.tata.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart from Launcher so the CLI never loads JavaFX classes. */
final class DesktopStarter {
    private DesktopStarter() {}

    static void start(String[] args) {
        Warmup.startInBackground();
        Application.launch(TataApplication.class, args);
    }
}
