package id.tata.organization.domain;

import java.util.List;

/** A team with its members and tasks, each list in the order the decree prints it. */
public record TeamDetail(Team team, List<TeamMember> members, List<TeamTask> tasks) {
    public TeamDetail {
        if (team == null) {
            throw new IllegalArgumentException("a team detail needs its team");
        }
        members = List.copyOf(members);
        tasks = List.copyOf(tasks);
    }

    public TeamDetail withTeam(Team newTeam) {
        return new TeamDetail(newTeam, members, tasks);
    }
}
