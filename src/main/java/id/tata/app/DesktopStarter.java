package id.tata.app;

/** Placeholder until the shell lands: starts the JavaFX application. */
final class DesktopStarter {
    private DesktopStarter() {}

    static void start(String[] args) {
        throw new UnsupportedOperationException("desktop shell not built yet");
    }
}
