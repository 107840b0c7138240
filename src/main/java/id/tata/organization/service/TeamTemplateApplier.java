package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamDetail;
import id.tata.organization.domain.TeamMember;
import id.tata.organization.domain.TeamTask;
import id.tata.organization.domain.TeamTemplate;
import id.tata.organization.persistence.AgencyRepository;
import id.tata.organization.persistence.PositionRepository;
import id.tata.workspace.Workspace;

/** Turns a regulation's template into a draft team of this workspace, its descriptions matched to positions. */
final class TeamTemplateApplier {
    private final PositionRepository positions = new PositionRepository();
    private final AgencyRepository agencies = new AgencyRepository();

    TeamDetail draft(Workspace workspace, String code, int startYear) {
        // Read on first use, not when the service is made: start-up builds every service.
        TeamTemplate template = TeamTemplates.standard().find(code).orElseThrow(() ->
                new TataException(ErrorKind.NOT_FOUND, "team.error.templateNotFound", String.valueOf(code)));
        TitleMatcher matcher = workspace.read(dsl -> new TitleMatcher(positions.all(workspace),
                agencies.all(workspace)));
        Team team = new Team(null, template.kind(), template.name(), template.purpose(), startYear, null,
                template.legalBasis(), template.code());
        return new TeamDetail(team,
                template.members().stream().map(m -> new TeamMember(null, m.role(),
                        matcher.positionFor(m.title()).orElse(null), null, m.title())).toList(),
                template.tasks().stream().map(TeamTask::of).toList());
    }
}
