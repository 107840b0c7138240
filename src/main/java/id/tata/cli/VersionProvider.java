package id.tata.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "dev" when running from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = TataCli.class.getPackage().getImplementationVersion();
        return new String[]{"Tata " + (v == null ? "dev" : v)};
    }
}
