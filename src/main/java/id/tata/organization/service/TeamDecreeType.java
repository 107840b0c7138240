package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.documents.model.Document;
import id.tata.documents.render.DocumentFormat;
import id.tata.documents.service.ComposeContext;
import id.tata.documents.service.DocumentChoice;
import id.tata.documents.service.DocumentType;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamKind;
import id.tata.organization.domain.TeamMemberView;
import id.tata.organization.domain.TeamTask;
import id.tata.organization.report.TeamDecreeComposer;
import id.tata.organization.report.TeamDecreeData;
import id.tata.workspace.Session;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Keputusan that forms a team: "keputusan-tim-koordinasi" (members by position, as the Denpasar decrees list
 * them) and "keputusan-tim-asesor" (a table with names and NIP). Option "team" picks the team by id; without it the
 * team of the kind with the latest term.
 */
public final class TeamDecreeType implements DocumentType {
    private final TeamService teams;
    private final TeamKind kind;

    private TeamDecreeType(TeamService teams, TeamKind kind) {
        this.teams = teams;
        this.kind = kind;
    }

    public static TeamDecreeType coordination(TeamService teams) {
        return new TeamDecreeType(teams, TeamKind.COORDINATION);
    }

    public static TeamDecreeType internalAssessor(TeamService teams) {
        return new TeamDecreeType(teams, TeamKind.INTERNAL_ASSESSOR);
    }

    @Override
    public String shortName() {
        return kind == TeamKind.COORDINATION ? "keputusan-tim-koordinasi" : "keputusan-tim-asesor";
    }

    @Override
    public String titleKey() {
        return kind == TeamKind.COORDINATION ? "document.type.coordinationTeam" : "document.type.assessorTeam";
    }

    @Override
    public Set<DocumentFormat> formats() {
        return EnumSet.of(DocumentFormat.DOCX, DocumentFormat.PDF);
    }

    @Override
    public Set<DocumentFormat> defaultFormats() {
        return formats();
    }

    @Override
    public Optional<String> numberType() {
        return Optional.of("DECREE");
    }

    /** The teams of the kind, latest term first (the default when none is chosen). */
    @Override
    public List<DocumentChoice> choices(Session session) {
        List<DocumentChoice.Value> values = teams.list(session).stream().filter(t -> t.kind() == kind)
                .map(t -> new DocumentChoice.Value(String.valueOf(t.id()), t.name() + " (" + t.periodStartYear()
                        + (t.periodEndYear() == null ? "" : "–" + t.periodEndYear()) + ")"))
                .toList();
        return List.of(new DocumentChoice("team", "document.choice.team", values));
    }

    @Override
    public String title(Session session, ComposeContext context) {
        Team team = team(session, context);
        return "Keputusan " + context.frame().issuerOffice() + " tentang "
                + TeamDecreeComposer.subject(data(session, team), context.governmentName(), team.periodStartYear());
    }

    @Override
    public Document compose(Session session, ComposeContext context) {
        Team team = team(session, context);
        TeamDecreeData data = data(session, team);
        return TeamDecreeComposer.compose(data, context.frame(), context.texts(Map.of("tim",
                        TeamDecreeComposer.fullName(team.name(), context.governmentName()),
                        "tahun", String.valueOf(team.periodStartYear()))), context.governmentName(),
                team.periodStartYear(), kind == TeamKind.COORDINATION ? TeamDecreeComposer.Layout.BY_POSITION
                        : TeamDecreeComposer.Layout.TABLE_WITH_NAMES);
    }

    /** The team of option "team", or of the kind with the latest term; other decrees that form a team use it too. */
    public Team team(Session session, ComposeContext context) {
        String chosen = context.option("team");
        if (chosen != null) {
            long id;
            try {
                id = Long.parseLong(chosen.strip());
            } catch (NumberFormatException e) {
                throw new TataException(ErrorKind.BAD_INPUT, "document.error.teamOption", chosen);
            }
            return teams.find(session, id).filter(t -> t.kind() == kind)
                    .orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND, "document.error.teamMissing", chosen,
                            new id.tata.common.error.Localized(kind.labelKey())));
        }
        return teams.firstOfKind(session, kind).orElseThrow(() -> new TataException(ErrorKind.NOT_FOUND,
                "document.error.noTeamOfKind", new id.tata.common.error.Localized(kind.labelKey())));
    }

    /** Role words in Indonesian whatever the screen language: the decree is an Indonesian document. */
    public TeamDecreeData data(Session session, Team team) {
        I18n indonesian = I18n.indonesian();
        List<TeamDecreeData.Member> members = teams.members(session, team.id()).stream()
                .map((TeamMemberView m) -> new TeamDecreeData.Member(indonesian.text(m.role().labelKey()),
                        m.standing(), m.personName(), m.nip()))
                .toList();
        List<String> tasks = teams.tasks(session, team.id()).stream().map(TeamTask::text).toList();
        return new TeamDecreeData(team.name(), members, tasks);
    }
}
