package id.tata.organization.persistence;

import id.tata.organization.domain.TeamTask;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.schema.tables.records.TeamTaskRecord;

import java.util.List;

import static id.tata.workspace.schema.Tables.TEAM_TASK;

/** The tasks of teams, in their order; a team's list is replaced as a whole, writing only what changed. */
public final class TeamTaskRepository {
    private final OrderedRows<TeamTaskRecord, TeamTask> rows = new OrderedRows<>(TEAM_TASK, TEAM_TASK.ID,
            TEAM_TASK.TEAM_ID, TEAM_TASK.SORT_ORDER, TeamTask::id,
            r -> new TeamTask(r.getId(), r.getText()), (r, t) -> r.setText(t.text()));

    public List<TeamTask> of(Workspace workspace, long teamId) {
        return workspace.read(dsl -> rows.of(dsl, teamId));
    }

    public List<TeamTask> of(Tx tx, long teamId) {
        return rows.of(tx.dsl(), teamId);
    }

    /** Makes the team's tasks exactly {@code wanted}, in that order; returns them with their ids. */
    public List<TeamTask> replace(Tx tx, long teamId, List<TeamTask> wanted) {
        return rows.replace(tx, teamId, wanted);
    }
}
