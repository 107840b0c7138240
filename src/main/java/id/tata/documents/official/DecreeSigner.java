package id.tata.documents.official;

import java.util.List;

/**
 * Who signs: the region head (name in capitals, no gelar, no NIP) or an official signing on the region head's behalf
 * ("a.n. WALI KOTA CONTOH" above the official's own office, then name, rank and NIP).
 */
public record DecreeSigner(boolean onBehalf, String officeTitle, String name, String rank, String nip) {
    public DecreeSigner {
        officeTitle = officeTitle == null ? "" : officeTitle.strip();
        name = name == null ? "" : name.strip();
        rank = rank == null ? "" : rank.strip();
        nip = nip == null ? "" : nip.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the signer has a name");
        }
    }

    public static DecreeSigner regionHead(String name) {
        return new DecreeSigner(false, "", name, "", "");
    }

    /** Lines after the name: rank and "NIP …" for an official; nothing for the region head. */
    List<String> afterName() {
        if (!onBehalf) {
            return List.of();
        }
        return nip.isEmpty() ? (rank.isEmpty() ? List.of() : List.of(rank))
                : rank.isEmpty() ? List.of("NIP " + nip) : List.of(rank, "NIP " + nip);
    }
}
