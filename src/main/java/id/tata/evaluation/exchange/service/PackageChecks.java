package id.tata.evaluation.exchange.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.evaluation.domain.Assessment;
import id.tata.evaluation.domain.EvidenceKind;
import id.tata.evaluation.exchange.domain.AnswerState;
import id.tata.evaluation.exchange.domain.EvidenceItem;
import id.tata.evaluation.exchange.domain.PackageManifest;
import id.tata.evaluation.exchange.io.PackageContent;
import id.tata.evaluation.service.AssessmentService;
import id.tata.evaluation.service.EvidenceService;
import id.tata.workspace.Session;

import java.nio.file.Path;

/** The checks both sides of the exchange share: the kind of package, an open assessment, acceptable evidence. */
final class PackageChecks {
    private PackageChecks() {
    }

    /**
     * The evidence of a package passes the same checks as a file attached by hand in this workspace: a known type by
     * content, within the size limit. A package must not be a way around them.
     */
    static void checkEvidence(EvidenceService evidence, Session session, PackageContent content) {
        long max = evidence.maxBytes(session);
        for (AnswerState s : content.answers().values()) {
            for (EvidenceItem item : s.evidence().values()) {
                byte[] bytes = content.evidence(item.sha256()).orElseThrow();
                if (bytes.length > max) {
                    throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.evidenceTooLarge", item.name(),
                            (bytes.length + 1024 * 1024 - 1) / (1024 * 1024), max / (1024 * 1024));
                }
                if (EvidenceKind.of(bytes).isEmpty()) {
                    throw new TataException(ErrorKind.BAD_INPUT, "evaluation.error.evidenceType", item.name());
                }
            }
        }
    }

    static PackageManifest requireKind(Path file, PackageContent content, PackageManifest.Kind kind) {
        if (content.manifest().kind() != kind) {
            throw new TataException(ErrorKind.BAD_INPUT, "evaluation.package.error.kind." + kind.name(), file);
        }
        return content.manifest();
    }

    static void requireOpen(Assessment a) {
        if (a.isFinal()) {
            throw new TataException(ErrorKind.REFUSED, "evaluation.error.final", a.name(), a.revision());
        }
    }

    static Assessment existing(AssessmentService assessments, Session session, long id) {
        return assessments.find(session, id).orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND,
                "evaluation.error.noAssessment", id));
    }
}
