package id.tata.documents.service;

import id.tata.documents.render.DocumentFormat;
import id.tata.workspace.settings.PaperProfile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One "Buat dokumen": type, formats, paper (null = the workspace's), signatory (null = the default for the region
 * head), number choice, date (null = blank, or today when a number is taken), output folder, and for a correction
 * the register id of the document it replaces with a note saying why.
 */
public record IssueRequest(String type, Set<DocumentFormat> formats, PaperProfile paper, Long signatoryId,
                           NumberChoice numberChoice, String manualNumber, LocalDate date, Path outputDir,
                           Long supersedes, String note, Map<String, String> options) {
    public IssueRequest {
        Objects.requireNonNull(type, "type");
        formats = Set.copyOf(formats);
        Objects.requireNonNull(numberChoice, "numberChoice");
        Objects.requireNonNull(outputDir, "outputDir");
        note = note == null ? "" : note.strip();
        options = Map.copyOf(options);
    }

    public static IssueRequest of(String type, Set<DocumentFormat> formats, Path outputDir) {
        return new IssueRequest(type, formats, null, null, NumberChoice.BLANK, null, null, outputDir, null, "",
                Map.of());
    }

    public IssueRequest withNumber(NumberChoice choice, String manual, LocalDate changedDate) {
        return new IssueRequest(type, formats, paper, signatoryId, choice, manual, changedDate, outputDir, supersedes,
                note, options);
    }
}
