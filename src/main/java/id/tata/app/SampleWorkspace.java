package id.tata.app;

import id.tata.sample.SampleWorkspaces;
import id.tata.shell.Preferences;

import java.nio.file.Path;

/** Where the desktop app gets the workspace it opens when started without one: a fresh copy of Kota Contoh. */
public final class SampleWorkspace {
    private SampleWorkspace() {}

    public static Path freshCopy() {
        return new SampleWorkspaces(Preferences.home()).freshCopy();
    }
}
