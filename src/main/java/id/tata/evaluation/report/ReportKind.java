package id.tata.evaluation.report;

import id.tata.documents.render.DocumentFormat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The outputs of an assessment, by the short names the CLI takes, with the formats each is made in. */
public enum ReportKind {
    /** Laporan Hasil Penilaian Mandiri. */
    LAPORAN("laporan", "laporan-penilaian-mandiri", EnumSet.of(DocumentFormat.DOCX, DocumentFormat.PDF)),
    /** Berita Acara Penilaian Mandiri. */
    BERITA_ACARA("berita-acara", "berita-acara-penilaian-mandiri",
            EnumSet.of(DocumentFormat.DOCX, DocumentFormat.PDF)),
    /** The workbook of all answers. */
    JAWABAN("jawaban", "jawaban-penilaian-mandiri", EnumSet.of(DocumentFormat.XLSX)),
    /** The evidence pack: a zip, not a document format. */
    BUKTI("bukti", "bukti-dukung", EnumSet.noneOf(DocumentFormat.class));

    private final String shortName;
    private final String fileStem;
    private final Set<DocumentFormat> formats;

    ReportKind(String shortName, String fileStem, Set<DocumentFormat> formats) {
        this.shortName = shortName;
        this.fileStem = fileStem;
        this.formats = formats;
    }

    public String shortName() {
        return shortName;
    }

    /** "laporan-penilaian-mandiri": the files are named this plus the year. */
    public String fileStem() {
        return fileStem;
    }

    /** The document formats of this kind; empty for the evidence pack (always a zip). */
    public Set<DocumentFormat> formats() {
        return EnumSet.copyOf(formats.isEmpty() ? EnumSet.noneOf(DocumentFormat.class) : formats);
    }

    public static Optional<ReportKind> parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ReportKind kind : values()) {
            if (kind.shortName.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
