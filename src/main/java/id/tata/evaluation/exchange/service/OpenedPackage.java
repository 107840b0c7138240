package id.tata.evaluation.exchange.service;

import java.nio.file.Path;
import java.util.List;

/** An assessor package opened: the workspace, the assessment created in it and the indicators to work on. */
public record OpenedPackage(Path workspace, long assessmentId, String assessmentName, String packageId,
                            List<Integer> indicators) {
    public OpenedPackage {
        indicators = List.copyOf(indicators);
    }
}
