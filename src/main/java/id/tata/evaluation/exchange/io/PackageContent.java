package id.tata.evaluation.exchange.io;

import id.tata.evaluation.exchange.domain.AnswerState;
import id.tata.evaluation.exchange.domain.PackageManifest;

import java.util.Map;
import java.util.Optional;

/** A package whose manifest and every entry were verified: the manifest, the entries' bytes and the answers. */
public record PackageContent(PackageManifest manifest, Map<String, byte[]> entries, Map<Integer, AnswerState> base,
                             Map<Integer, AnswerState> answers) {
    public PackageContent {
        entries = Map.copyOf(entries);
        base = Map.copyOf(base);
        answers = Map.copyOf(answers);
    }

    public byte[] instrumentJson() {
        return entries.get(PackageZip.INSTRUMENT);
    }

    public byte[] baseJson() {
        return entries.get(PackageZip.BASE);
    }

    /** The content of an evidence file (verified against its SHA-256), if the package carries it. */
    public Optional<byte[]> evidence(String sha256) {
        return Optional.ofNullable(entries.get(PackageZip.EVIDENCE_DIR + sha256));
    }
}
