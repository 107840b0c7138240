package id.tata.organization.domain;

import id.tata.common.l10n.Nip;

import java.util.Optional;

/**
 * The shape of a NIP (Nomor Induk Pegawai) as the organization feature needs it: people write spaces between its
 * parts, and a person may have none (a region head, a contract worker). The rules themselves are
 * {@link Nip}'s, shared with signatories and every later feature.
 */
public final class NipRule {
    private NipRule() {}

    /** Removes the spaces and dots people write between the parts; blank becomes null (no NIP). */
    public static String normalize(String nip) {
        if (nip == null) {
            return null;
        }
        String compact = Nip.normalize(nip);
        return compact.isEmpty() ? null : compact;
    }

    /** Empty when the NIP is well formed; otherwise the message key ({@code nip.error.*}) of the first reason. */
    public static Optional<String> problem(String nip) {
        return Nip.check(nip == null ? "" : nip).error();
    }

    public static boolean isValid(String nip) {
        return problem(nip).isEmpty();
    }
}
