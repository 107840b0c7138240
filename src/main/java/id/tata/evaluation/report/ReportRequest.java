package id.tata.evaluation.report;

import id.tata.documents.render.DocumentFormat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What to make: which output of which assessment, in which formats (empty = the kind's own), into which folder,
 * whether answers not yet approved count, and the date printed on it (null = today).
 */
public record ReportRequest(long assessmentId, ReportKind kind, Set<DocumentFormat> formats, Path folder,
                            boolean includeUnapproved, LocalDate date) {
    public ReportRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(folder, "folder");
        formats = formats == null || formats.isEmpty() ? kind.formats() : Set.copyOf(formats);
    }
}
