package id.tata.organization.domain;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

/**
 * A team formed by decree, such as the Tim Koordinasi SPBE. Its members and tasks are kept apart
 * ({@link TeamMember}, {@link TeamTask}) because they are edited one by one; {@link TeamDetail} holds all three.
 * A null id is a draft; a null end year means the team serves until a new decree replaces it.
 */
public record Team(Long id, TeamKind kind, String name, String purpose, int periodStartYear, Integer periodEndYear,
                   String legalBasis, String templateCode) {
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    public Team {
        if (kind == null) {
            throw new TataException(ErrorKind.BAD_INPUT, "team.error.kindRequired");
        }
        name = Text.required(name, "team.error.nameRequired");
        purpose = Text.optional(purpose);
        legalBasis = Text.optional(legalBasis);
        templateCode = Text.optional(templateCode).isEmpty() ? null : templateCode.strip();
        checkYear(periodStartYear);
        if (periodEndYear != null) {
            checkYear(periodEndYear);
            if (periodEndYear < periodStartYear) {
                throw new TataException(ErrorKind.BAD_INPUT, "team.error.periodReversed", periodStartYear,
                        periodEndYear);
            }
        }
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new TataException(ErrorKind.BAD_INPUT, "team.error.year", year);
        }
    }

    public Team withId(Long newId) {
        return new Team(newId, kind, name, purpose, periodStartYear, periodEndYear, legalBasis, templateCode);
    }
}
