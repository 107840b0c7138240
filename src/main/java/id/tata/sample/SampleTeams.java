package id.tata.sample;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamDetail;
import id.tata.organization.domain.TeamMember;
import id.tata.organization.domain.TeamRole;
import id.tata.organization.service.AgencyService;
import id.tata.organization.service.PersonService;
import id.tata.organization.service.PositionService;
import id.tata.organization.service.TeamService;
import id.tata.workspace.Session;

import java.util.List;
import java.util.Objects;

/**
 * The sample's teams: each starts from a regulation's template (teams.csv), which gives its name, legal basis and
 * tasks, and gets the members of Kota Contoh that team-members.csv names by NIP and jabatan. A row that names a
 * person or jabatan the sample does not have stops the build: the sources must stay consistent.
 */
final class SampleTeams {
    private final TeamService teams = new TeamService();
    private final PersonService people = new PersonService();
    private final PositionService positions = new PositionService();
    private final AgencyService agencies = new AgencyService();

    /** @param teamRows Kode, Templat, Nama, Tahun Mulai, Tahun Selesai  @param memberRows Tim, Peran, NIP, Kode PD, Jabatan, Uraian */
    void build(Session admin, List<String[]> teamRows, List<String[]> memberRows) {
        for (String[] row : teamRows) {
            TeamDetail fromTemplate = teams.draftFromTemplate(admin, row[1], Integer.parseInt(row[3]));
            Team t = fromTemplate.team();
            Team team = new Team(null, t.kind(), row[2].isBlank() ? t.name() : row[2], t.purpose(),
                    t.periodStartYear(), row[4].isBlank() ? null : Integer.valueOf(row[4]), t.legalBasis(),
                    t.templateCode());
            List<TeamMember> members = memberRows.stream().filter(m -> m[0].equals(row[0]))
                    .map(m -> member(admin, m)).toList();
            teams.create(admin, new TeamDetail(team, members, fromTemplate.tasks()));
        }
    }

    private TeamMember member(Session admin, String[] row) {
        Person person = row[2].isBlank() ? null : people.findByNip(admin, row[2])
                .orElseThrow(() -> new IllegalStateException("team-members.csv: no person with NIP " + row[2]));
        Position position = row[4].isBlank() ? null : position(admin, row[3], row[4]);
        if (person != null && position != null && !Objects.equals(person.positionId(), position.id())) {
            throw new IllegalStateException("team-members.csv: " + person.name() + " does not hold " + row[4]);
        }
        return new TeamMember(null, TeamRole.valueOf(row[1]), position == null ? null : position.id(),
                person == null ? null : person.id(), row.length > 5 ? row[5] : "");
    }

    private Position position(Session admin, String agencyCode, String name) {
        Agency agency = agencies.findByCode(admin, agencyCode)
                .orElseThrow(() -> new IllegalStateException("team-members.csv: no agency " + agencyCode));
        return positions.listByAgency(admin, agency.id()).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("team-members.csv: no " + name + " in " + agencyCode));
    }
}
