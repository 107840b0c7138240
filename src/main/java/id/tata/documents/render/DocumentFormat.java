package id.tata.documents.render;

import java.util.Locale;

/** The file formats Tata writes documents in. */
public enum DocumentFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    DocumentFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "docx", "PDF", " xlsx " → the format; unknown names give an IllegalArgumentException naming the choices. */
    public static DocumentFormat parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (docx, pdf, xlsx)");
    }
}
