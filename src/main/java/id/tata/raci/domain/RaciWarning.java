package id.tata.raci.domain;

/**
 * Something the textbook rules would not do — a warning, not an error: regulations sometimes break the rules on
 * purpose (Pekalongan gives two A's to every task). {@code task} is the task number (1-based) or null; {@code party}
 * the party's name or null.
 */
public record RaciWarning(Kind kind, Integer task, String party) {
    public enum Kind {
        NO_ACCOUNTABLE, NO_RESPONSIBLE, MULTIPLE_ACCOUNTABLE, UNUSED_PARTY, OVERLOADED_PARTY
    }
}
