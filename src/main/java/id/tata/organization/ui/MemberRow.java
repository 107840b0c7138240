package id.tata.organization.ui;

import id.tata.organization.domain.TeamMember;
import id.tata.organization.domain.TeamMemberView;

/** One row of the members table: the member as stored (to edit) and as a decree prints it (to show). */
public record MemberRow(TeamMember member, TeamMemberView view) {
}
