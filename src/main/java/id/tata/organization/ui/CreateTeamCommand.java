package id.tata.organization.ui;

import id.tata.common.undo.UndoableCommand;
import id.tata.organization.domain.TeamDetail;
import id.tata.organization.service.TeamService;
import id.tata.workspace.Session;

import java.util.function.Supplier;

/**
 * Creates a team with its members and tasks (a new one, or one from a template); undo deletes it, redo restores it
 * with the ids it got first, so the member and task edits recorded after it still find their rows.
 */
final class CreateTeamCommand implements UndoableCommand {
    private final TeamService teams;
    private final Session session;
    private final Supplier<TeamDetail> draft;
    private final String name;
    private TeamDetail created;

    /** @param draft made when the command first runs, on the worker thread (a template's draft reads positions) */
    CreateTeamCommand(TeamService teams, Session session, Supplier<TeamDetail> draft, String name) {
        this.teams = teams;
        this.session = session;
        this.draft = draft;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute() {
        created = created == null ? teams.create(session, draft.get()) : teams.restore(session, created);
    }

    @Override
    public void undo() {
        teams.delete(session, created.team().id());
    }

    /** The team as stored, after the first execute. */
    TeamDetail created() {
        return created;
    }
}
