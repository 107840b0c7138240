package id.tata.workspace.settings;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.Nip;

import java.util.Objects;

/** Someone who signs documents: the region head, the Sekda, the head of Diskominfo, or another official. */
public record Signatory(Long id, SignerRole role, String name, String positionTitle, String nip, String rank,
                        boolean isDefault) {
    public Signatory {
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name.strip();
        positionTitle = positionTitle == null ? "" : positionTitle.strip();
        // The region head is elected, not a civil servant, and signs without NIP; everyone else has a valid one.
        nip = nip == null || nip.isBlank() ? null : Nip.parse(nip).value();
        rank = rank == null ? "" : rank.strip();
        if (name.isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "settings.error.signatoryName");
        }
        if (positionTitle.isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "settings.error.signatoryPosition", name);
        }
    }

    public Signatory withId(Long newId) {
        return new Signatory(newId, role, name, positionTitle, nip, rank, isDefault);
    }
}
