package id.tata.sample;

import id.tata.workspace.WorkspaceStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * "Run Tata with no workspace" opens a fresh copy of Kota Contoh. Building it takes a few seconds (password hashing,
 * imports), so the built workspace is kept as a template under {@code HOME/sample/}, named by the digest of its
 * sources; each run gets its own copy, and the sources stay pristine.
 */
public final class SampleWorkspaces {
    public static final String FILE_NAME = "kota-contoh.tata";

    private final Path sampleDir;

    public SampleWorkspaces(Path tataHome) {
        this.sampleDir = tataHome.resolve("sample");
    }

    /** A new copy for this process, e.g. {@code ~/.tata/sample/run-1234/kota-contoh.tata}. */
    public Path freshCopy() {
        Path template = template();
        removeStaleRuns();
        Path run = sampleDir.resolve("run-" + ProcessHandle.current().pid());
        try {
            deleteTree(run);
            Files.createDirectories(run);
            return Files.copy(template, run.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cached template, built when missing or when the sources or the schema changed. */
    public Path template() {
        Path template = sampleDir.resolve("template-" + SampleSources.digest() + "-s" + WorkspaceStore.schemaVersion()
                + ".tata");
        if (Files.exists(template)) {
            return template;
        }
        try {
            Files.createDirectories(sampleDir);
            Path building = Files.createTempDirectory(sampleDir, "building-");
            Path built = new SampleWorkspaceBuilder().build(building.resolve(FILE_NAME));
            Files.move(built, template, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(building);
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies of runs whose process has ended are removed; a running Tata's copy is left alone. */
    private void removeStaleRuns() {
        if (!Files.isDirectory(sampleDir)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(sampleDir)) {
            dirs.filter(d -> d.getFileName().toString().matches("run-\\d+|building-.*"))
                    .filter(d -> !alive(d.getFileName().toString()))
                    .forEach(SampleWorkspaces::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean alive(String dirName) {
        if (!dirName.startsWith("run-")) {
            return false;
        }
        long pid = Long.parseLong(dirName.substring(4));
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
