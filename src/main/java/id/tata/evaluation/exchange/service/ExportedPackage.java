package id.tata.evaluation.exchange.service;

import java.nio.file.Path;
import java.util.List;

/** A package written: where, its id, the indicators and the number of evidence files inside. */
public record ExportedPackage(Path file, String packageId, String assessor, List<Integer> indicators,
                              int evidenceFiles) {
    public ExportedPackage {
        indicators = List.copyOf(indicators);
    }
}
