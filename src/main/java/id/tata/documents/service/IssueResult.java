package id.tata.documents.service;

import id.tata.documents.register.IssuedDocument;

import java.nio.file.Path;
import java.util.List;

/** The register row and the files written, in the order of the requested formats. */
public record IssueResult(IssuedDocument issued, List<Path> files) {
    public IssueResult {
        files = List.copyOf(files);
    }
}
