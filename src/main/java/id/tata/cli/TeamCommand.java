package id.tata.cli;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamDetail;
import id.tata.organization.domain.TeamMember;
import id.tata.organization.domain.TeamMemberView;
import id.tata.organization.domain.TeamTask;
import id.tata.organization.domain.TeamTemplate;
import id.tata.organization.service.TeamService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** `tata team list|show|templates|from-template`: the teams formed by decree (Tim Koordinasi, Tim Asesor …). */
@Command(name = "team", description = "teams (Tim): list, show members and tasks, templates from regulations",
        subcommands = {TeamCommand.ListTeams.class, TeamCommand.Show.class, TeamCommand.Templates.class,
                TeamCommand.FromTemplate.class})
final class TeamCommand {

    @Command(name = "list", description = "list teams, newest period first")
    static final class ListTeams extends WorkspaceTask {
        @Override
        public Integer call() {
            List<Team> teams = withSession(s -> new TeamService().list(s));
            StringBuilder human = new StringBuilder();
            for (Team t : teams) {
                human.append(String.format("%-5d %-11s %-28s %s%n", t.id(), period(t), text(t.kind().labelKey()),
                        t.name()));
            }
            print(teams.stream().map(TeamCommand::toMap).toList(), human.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "show", description = "one team with its members (as a decree prints them) and tasks")
    static final class Show extends WorkspaceTask {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            TeamService service = new TeamService();
            Shown shown = withSession(s -> {
                Team team = service.find(s, id).orElseThrow(() ->
                        new TataException(ErrorKind.NOT_FOUND, "team.error.notFound", String.valueOf(id)));
                return new Shown(team, service.members(s, id), service.tasks(s, id));
            });
            print(shown.toMap(), shown.human(this));
            return 0;
        }
    }

    @Command(name = "templates", description = "the teams the regulations compose, with their sources")
    static final class Templates extends WorkspaceTask {
        @Override
        public Integer call() {
            List<TeamTemplate> templates = new TeamService().templates();
            StringBuilder human = new StringBuilder();
            for (TeamTemplate t : templates) {
                human.append(text("cli.team.template", t.code(), t.name(), t.members().size(), t.tasks().size(),
                        t.legalBasis())).append(System.lineSeparator());
            }
            print(templates.stream().map(TeamCommand::toMap).toList(), human.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "from-template", description = "create a team from a template; descriptions that name a "
            + "position of the workspace get that position")
    static final class FromTemplate extends WorkspaceTask {
        @Parameters(index = "0", paramLabel = "CODE", description = "see `tata team templates`")
        String code;

        @Option(names = "--year", paramLabel = "YYYY", description = "first year of the term (default: this year)")
        Integer year;

        @Override
        public Integer call() {
            int start = year != null ? year : Year.now().getValue();
            TeamDetail made = withSession(s -> new TeamService().createFromTemplate(s, code, start));
            long matched = made.members().stream().map(TeamMember::positionId).filter(Objects::nonNull).count();
            Map<String, Object> json = toMap(made.team());
            json.put("members", made.members().size());
            json.put("matchedToPositions", matched);
            json.put("tasks", made.tasks().size());
            print(json, text("cli.team.created", made.team().name(), made.team().id(), made.team().templateCode(),
                    made.members().size(), matched, made.tasks().size()));
            return 0;
        }
    }

    /** What `show` prints, read in one session. */
    private record Shown(Team team, List<TeamMemberView> members, List<TeamTask> tasks) {
        Map<String, Object> toMap() {
            Map<String, Object> m = TeamCommand.toMap(team);
            m.put("members", members.stream().map(TeamCommand::toMap).toList());
            m.put("tasks", tasks.stream().map(TeamTask::text).toList());
            return m;
        }

        String human(WorkspaceTask cli) {
            StringBuilder out = new StringBuilder();
            String nl = System.lineSeparator();
            out.append(team.name()).append(" — ").append(cli.text(team.kind().labelKey())).append(", ")
                    .append(period(team)).append(nl);
            if (!team.legalBasis().isEmpty()) {
                out.append(cli.text("cli.team.legalBasis", team.legalBasis())).append(nl);
            }
            out.append(nl).append(cli.text("cli.team.members")).append(nl);
            for (TeamMemberView m : members) {
                out.append(String.format("%3d. %-32s %s%n", m.order(), cli.text(m.role().labelKey()), who(m)));
            }
            out.append(nl).append(cli.text("cli.team.tasks")).append(nl);
            for (int i = 0; i < tasks.size(); i++) {
                out.append(String.format("%3s %s%n", letter(i) + ".", tasks.get(i).text()));
            }
            return out.toString().stripTrailing();
        }

        private static String who(TeamMemberView m) {
            String person = m.personName().isEmpty() ? "" : " — " + m.personName()
                    + (m.nip().isEmpty() ? "" : " (NIP " + m.nip() + ")");
            return m.standing() + (m.standing().equals(m.personName()) ? "" : person);
        }
    }

    /** a, b, … z, aa, bb — as Indonesian decrees label list items. */
    private static String letter(int index) {
        return String.valueOf((char) ('a' + index % 26)).repeat(index / 26 + 1);
    }

    private static String period(Team t) {
        return t.periodEndYear() == null ? t.periodStartYear() + "–" : t.periodStartYear() + "–" + t.periodEndYear();
    }

    static Map<String, Object> toMap(Team t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("kind", t.kind().name());
        m.put("name", t.name());
        m.put("purpose", t.purpose());
        m.put("periodStartYear", t.periodStartYear());
        m.put("periodEndYear", t.periodEndYear());
        m.put("legalBasis", t.legalBasis());
        m.put("templateCode", t.templateCode());
        return m;
    }

    static Map<String, Object> toMap(TeamMemberView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("order", v.order());
        m.put("role", v.role().name());
        m.put("positionName", v.positionName());
        m.put("agencyName", v.agencyName());
        m.put("personName", v.personName());
        m.put("nip", v.nip());
        m.put("title", v.title());
        m.put("standing", v.standing());
        return m;
    }

    static Map<String, Object> toMap(TeamTemplate t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", t.code());
        m.put("kind", t.kind().name());
        m.put("name", t.name());
        m.put("legalBasis", t.legalBasis());
        m.put("members", t.members().stream().map(x -> {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("role", x.role().name());
            member.put("title", x.title());
            return member;
        }).toList());
        m.put("tasks", t.tasks());
        return m;
    }
}
