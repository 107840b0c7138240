package id.tata.organization.ui;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.TeamDetail;
import id.tata.organization.service.TeamService;
import id.tata.workspace.Session;

/**
 * Deletes a team with its members and tasks; undo restores all of it under the same ids. What is deleted is read
 * when the command first runs (on the worker thread), so undo brings back exactly what was there.
 */
final class DeleteTeamCommand implements UndoableCommand {
    private final TeamService teams;
    private final Session session;
    private final long teamId;
    private final String name;
    private TeamDetail deleted;

    DeleteTeamCommand(TeamService teams, Session session, long teamId, String name) {
        this.teams = teams;
        this.session = session;
        this.teamId = teamId;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        if (deleted == null) {
            deleted = teams.detail(session, teamId).orElseThrow(() ->
                    new TataException(ErrorKind.NOT_FOUND, "team.error.notFound", String.valueOf(teamId)));
        }
        teams.delete(session, teamId);
    }

    @Override
    public void undo() {
        teams.restore(session, deleted);
    }
}
