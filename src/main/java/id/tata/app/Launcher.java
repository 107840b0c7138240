package id.tata.app;

public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
    }
}
