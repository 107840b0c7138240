package id.tata.evaluation.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence accepted, recognised by content (magic bytes and, for Office/OpenDocument files, the parts
 * inside the zip) — never by the file name, which anyone can change.
 */
public enum EvidenceKind {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    OLD_OFFICE("application/x-ole-storage"),
    OPEN_DOCUMENT("application/vnd.oasis.opendocument");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};
    private static final int ZIP_ENTRIES_LOOKED_AT = 200;

    private final String mediaType;

    EvidenceKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind of the content, or empty when it is none of the accepted kinds. */
    public static Optional<EvidenceKind> of(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (startsWith(content, OLE_MAGIC)) {
            return Optional.of(OLD_OFFICE);
        }
        if (startsWith(content, new byte[]{'P', 'K', 3, 4})) {
            return zipKind(content);
        }
        return Optional.empty();
    }

    /** An Office Open XML file has [Content_Types].xml and its main folder; an OpenDocument file its mimetype entry. */
    private static Optional<EvidenceKind> zipKind(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && names.size() < ZIP_ENTRIES_LOOKED_AT) {
                String name = e.getName();
                names.add(name.contains("/") ? name.substring(0, name.indexOf('/') + 1) : name);
                if (name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
                    if (type.startsWith("application/vnd.oasis.opendocument.")) {
                        return Optional.of(OPEN_DOCUMENT);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/")) {
            return Optional.of(WORD);
        }
        if (names.contains("xl/")) {
            return Optional.of(EXCEL);
        }
        return names.contains("ppt/") ? Optional.of(POWERPOINT) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
