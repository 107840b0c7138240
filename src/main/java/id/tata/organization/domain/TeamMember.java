package id.tata.organization.domain;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

/**
 * One seat in a team: its role and who fills it — a position (the usual case: decrees name posts, not people), a
 * person, both, or only a description for a post the workspace does not hold yet ("Kepala Perangkat Daerah yang
 * membidangi komunikasi dan informatika"). Its order is its place in the team's list. A null id is a new member.
 */
public record TeamMember(Long id, TeamRole role, Long positionId, Long personId, String title) {
    public TeamMember {
        if (role == null) {
            throw new TataException(ErrorKind.BAD_INPUT, "team.error.roleRequired");
        }
        title = Text.optional(title);
        if (positionId == null && personId == null && title.isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "team.error.memberEmpty");
        }
    }

    /** A member described by text only, as templates describe them. */
    public static TeamMember described(TeamRole role, String title) {
        return new TeamMember(null, role, null, null, title);
    }

    public TeamMember withId(Long newId) {
        return new TeamMember(newId, role, positionId, personId, title);
    }
}
