package id.tata.raci.domain;

import java.util.Objects;

/**
 * A column of a matrix: its name as printed ("Koordinator SPBE", "Pemangku Kepentingan"), what it is, and — when it
 * is a position, agency or team of the workspace — the id of that record ({@code refId}, null for a named group or
 * when nothing matches).
 */
public record RaciParty(String name, PartyKind kind, Long refId) {
    public RaciParty {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        kind = kind == null ? PartyKind.GROUP : kind;
    }

    public static RaciParty group(String name) {
        return new RaciParty(name, PartyKind.GROUP, null);
    }
}
