package id.tata.evaluation.exchange.domain;

import java.util.List;
import java.util.Objects;

/**
 * The table of contents of a package (manifest.json): which workspace and assessment it belongs to, for whom, which
 * indicators, and the path, size and SHA-256 of every other entry, so that a changed, missing or added entry is found
 * before anything is read from it. An ASSESSOR package goes to the assessor; an ANSWERS package comes back with the
 * same package id, the same coordinator identity and the same base.
 */
public record PackageManifest(int formatVersion, Kind kind, String packageId, String workspaceId, String workspaceName,
                              long assessmentId, String assessmentName, int year, String instrumentCode,
                              int instrumentVersion, String assessor, String createdAt, String createdBy,
                              List<Integer> indicators, List<Entry> entries) {
    public static final int FORMAT_VERSION = 1;

    public enum Kind { ASSESSOR, ANSWERS }

    /** One entry of the zip besides the manifest. */
    public record Entry(String path, long size, String sha256) {
        public Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public PackageManifest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(packageId, "packageId");
        workspaceName = workspaceName == null ? "" : workspaceName;
        indicators = List.copyOf(indicators);
        entries = List.copyOf(entries);
    }

    public PackageManifest withEntries(List<Entry> list) {
        return new PackageManifest(formatVersion, kind, packageId, workspaceId, workspaceName, assessmentId,
                assessmentName, year, instrumentCode, instrumentVersion, assessor, createdAt, createdBy, indicators,
                list);
    }

    /** The manifest of the answers going back: same package and coordinator identity, made now by {@code by}. */
    public PackageManifest asAnswers(String at, String by) {
        return new PackageManifest(formatVersion, Kind.ANSWERS, packageId, workspaceId, workspaceName, assessmentId,
                assessmentName, year, instrumentCode, instrumentVersion, assessor, at, by, indicators, List.of());
    }
}
