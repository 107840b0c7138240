package id.tata.evaluation.exchange.io;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.exchange.domain.AnswerState;
import id.tata.evaluation.exchange.domain.EvidenceItem;
import id.tata.evaluation.exchange.domain.PackageManifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The package file (.tatapaket): a zip of manifest.json, instrument.json, base.json, answers.json and
 * evidence/&lt;sha256&gt;. Reading verifies everything before returning anything: the zip is whole, every entry is one
 * the format knows, is listed in the manifest and has the listed size and SHA-256, nothing listed is missing, and the
 * answers read. The first problem found is a BAD_INPUT naming the entry.
 */
public final class PackageZip {
    public static final String EXTENSION = ".tatapaket";
    public static final String MANIFEST = "manifest.json";
    public static final String INSTRUMENT = "instrument.json";
    public static final String BASE = "base.json";
    public static final String ANSWERS = "answers.json";
    public static final String EVIDENCE_DIR = "evidence/";
    /** Evidence is limited to 50 MB by default; this bound only stops a forged size from exhausting memory. */
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    private static final Pattern EVIDENCE_ENTRY = Pattern.compile("evidence/[0-9a-f]{64}");

    private PackageZip() {
    }

    /**
     * Writes the package: the manifest lists every entry with its size and hash. The file is written aside and moved
     * into place, so a failed export leaves no half package under the real name.
     * @return the manifest as written (with its entries)
     */
    public static PackageManifest write(Path out, PackageManifest manifest, Map<String, byte[]> entries) {
        List<PackageManifest.Entry> listed = new ArrayList<>();
        entries.forEach((path, bytes) -> listed.add(new PackageManifest.Entry(path, bytes.length, sha256(bytes))));
        PackageManifest full = manifest.withEntries(listed);
        Path target = out.toAbsolutePath();
        Path staging = target.resolveSibling(target.getFileName() + ".writing");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream file = Files.newOutputStream(staging);
                 ZipOutputStream zip = new ZipOutputStream(file)) {
                put(zip, MANIFEST, PackageJson.manifest(full), false);
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    // Evidence (PDF, images, office files) is compressed already; stored as is it stays cheap to check.
                    put(zip, e.getKey(), e.getValue(), e.getKey().startsWith(EVIDENCE_DIR));
                }
            }
            Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(staging);
            } catch (IOException ignored) {
                // the original error is the one to report
            }
            throw new TataException(ErrorKind.INTERNAL, e, "workspace.error.io", target, String.valueOf(e.getMessage()));
        }
        return full;
    }

    /** Reads and verifies a package; nothing of it is trusted before every check has passed. */
    public static PackageContent read(Path file) {
        Map<String, byte[]> raw = entries(file);
        byte[] manifestBytes = raw.remove(MANIFEST);
        if (manifestBytes == null) {
            throw refused("evaluation.package.error.missingEntry", file, MANIFEST);
        }
        PackageManifest manifest = PackageJson.manifest(manifestBytes);
        if (manifest.formatVersion() != PackageManifest.FORMAT_VERSION) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.format", file,
                    String.valueOf(manifest.formatVersion()));
        }
        verifyEntries(file, manifest, raw);
        Map<Integer, AnswerState> base = PackageJson.answers(raw.get(BASE), BASE);
        Map<Integer, AnswerState> answers = PackageJson.answers(raw.get(ANSWERS), ANSWERS);
        verifyAnswers(file, manifest, raw, base, answers);
        return new PackageContent(manifest, raw, base, answers);
    }

    private static void verifyEntries(Path file, PackageManifest manifest, Map<String, byte[]> raw) {
        Set<String> listed = new HashSet<>();
        for (PackageManifest.Entry e : manifest.entries()) {
            if (!known(e.path()) || !listed.add(e.path())) {
                throw refused("evaluation.package.error.unknownEntry", file, e.path());
            }
            byte[] bytes = raw.get(e.path());
            if (bytes == null) {
                throw refused("evaluation.package.error.missingEntry", file, e.path());
            }
            if (bytes.length != e.size()) {
                throw new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.size", file, e.path(),
                        String.valueOf(e.size()), String.valueOf(bytes.length));
            }
            String actual = sha256(bytes);
            boolean nameMatches = !e.path().startsWith(EVIDENCE_DIR)
                    || e.path().substring(EVIDENCE_DIR.length()).equals(actual);
            if (!actual.equals(e.sha256()) || !nameMatches) {
                throw refused("evaluation.package.error.hash", file, e.path());
            }
        }
        for (String path : raw.keySet()) {
            if (!listed.contains(path)) {
                throw refused("evaluation.package.error.unknownEntry", file, path);
            }
        }
        for (String required : List.of(INSTRUMENT, BASE, ANSWERS)) {
            if (!raw.containsKey(required)) {
                throw refused("evaluation.package.error.missingEntry", file, required);
            }
        }
    }

    /** Base and answers cover exactly the indicators of the manifest, and every file the answers cite is inside. */
    private static void verifyAnswers(Path file, PackageManifest manifest, Map<String, byte[]> raw,
                                      Map<Integer, AnswerState> base, Map<Integer, AnswerState> answers) {
        Set<Integer> expected = new HashSet<>(manifest.indicators());
        Map<String, Map<Integer, AnswerState>> parts = new LinkedHashMap<>();
        parts.put(BASE, base);
        parts.put(ANSWERS, answers);
        for (Map.Entry<String, Map<Integer, AnswerState>> part : parts.entrySet()) {
            if (!part.getValue().keySet().equals(expected)) {
                throw new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.indicators", file,
                        part.getKey(), String.valueOf(new java.util.TreeSet<>(part.getValue().keySet())),
                        String.valueOf(new java.util.TreeSet<>(expected)));
            }
        }
        for (AnswerState s : answers.values()) {
            for (EvidenceItem item : s.evidence().values()) {
                if (!raw.containsKey(EVIDENCE_DIR + item.sha256())) {
                    throw refused("evaluation.package.error.missingEntry", file, EVIDENCE_DIR + item.sha256());
                }
            }
        }
    }

    /** Every entry's bytes; a damaged or truncated zip, a duplicate or an unknown name is refused here. */
    private static Map<String, byte[]> entries(Path file) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        String current = MANIFEST;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                current = entry.getName();
                if (!current.equals(MANIFEST) && !known(current)) {
                    throw refused("evaluation.package.error.unknownEntry", file, current);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ENTRY_BYTES + 1));
                    if (bytes.length > MAX_ENTRY_BYTES) {
                        throw refused("evaluation.package.error.tooLarge", file, current);
                    }
                    if (result.put(current, bytes) != null) {
                        throw refused("evaluation.package.error.duplicateEntry", file, current);
                    }
                }
            }
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            throw new TataException(ErrorKind.NOT_FOUND, "evaluation.package.error.noFile", file);
        } catch (ZipException e) {
            throw new TataException(ErrorKind.BAD_INPUT, e, "evaluation.package.error.damaged", file,
                    result.isEmpty() && current.equals(MANIFEST) ? "zip" : current, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new TataException(ErrorKind.BAD_INPUT, e, "evaluation.package.error.damaged", file, current,
                    String.valueOf(e.getMessage()));
        }
        return result;
    }

    private static boolean known(String path) {
        return path.equals(INSTRUMENT) || path.equals(BASE) || path.equals(ANSWERS)
                || EVIDENCE_ENTRY.matcher(path).matches();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, boolean stored) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static TataException refused(String key, Path file, String entry) {
        return new TataException(ErrorKind.BAD_INPUT, key, file, entry);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
