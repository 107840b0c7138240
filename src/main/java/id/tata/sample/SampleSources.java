package id.tata.sample;

import id.tata.organization.service.TeamTemplates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The sample workspace's human-readable sources (sample-data/ in the repository), read from the classpath. */
public final class SampleSources {
    static final String ROOT = "/id/tata/sample/";
    /** Every source file; their digest names the cached template, so a changed source rebuilds it. */
    static final List<String> FILES = List.of("profile.properties", "users.csv", "signatories.csv", "agencies.csv",
            "people.csv", "teams.csv", "team-members.csv", "evaluation-2025-levels.csv", "evaluation-2025-answers.tsv",
            "evaluation-2026-answers.tsv");

    private SampleSources() {}

    static InputStream open(String name) {
        InputStream in = SampleSources.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("sample source missing from the build: " + ROOT + name);
        }
        return in;
    }

    static String utf8(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a source to a file, for the importers that read files. */
    static Path copyTo(String name, Path dir) {
        Path target = dir.resolve(name);
        try (InputStream in = open(name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A short digest of all sources, of the team templates the sample's teams start from, and of the builder's recipe
     * version: whatever changes what the sample contains changes the digest, and so rebuilds the cached template.
     */
    public static String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                md.update(bytes(f));
            }
            md.update(TeamTemplates.resourceBytes());
            md.update(Integer.toString(SampleWorkspaceBuilder.RECIPE_VERSION).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
