package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamDetail;
import id.tata.organization.domain.TeamKind;
import id.tata.organization.domain.TeamMember;
import id.tata.organization.domain.TeamMemberView;
import id.tata.organization.domain.TeamTask;
import id.tata.organization.domain.TeamTemplate;
import id.tata.organization.persistence.TeamMemberRepository;
import id.tata.organization.persistence.TeamRepository;
import id.tata.organization.persistence.TeamTaskRepository;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.user.Permission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Teams formed by decree (Tim Koordinasi SPBE, Tim Asesor Internal, …) with their ordered members and tasks.
 * Reading needs WORKSPACE_READ; every change needs ORGANIZATION_EDIT and is one audited transaction.
 */
public final class TeamService {
    private final TeamRepository teams = new TeamRepository();
    private final TeamMemberRepository members = new TeamMemberRepository();
    private final TeamTaskRepository tasks = new TeamTaskRepository();
    private final TeamTemplateApplier templates = new TeamTemplateApplier();

    /** Newest period first. */
    public List<Team> list(Session session) {
        return teams.all(reader(session));
    }

    public Optional<Team> find(Session session, long id) {
        return teams.byId(reader(session), id);
    }

    /** The team of that kind with the latest period, e.g. the Tim Asesor Internal in office. */
    public Optional<Team> firstOfKind(Session session, TeamKind kind) {
        return teams.firstOfKind(reader(session), Objects.requireNonNull(kind, "kind"));
    }

    /** The team with its members and tasks as stored (ids, not names), read together. */
    public Optional<TeamDetail> detail(Session session, long id) {
        Workspace workspace = reader(session);
        // One read holds the workspace for all three, so no write lands between the team and its members.
        return workspace.read(dsl -> detailOf(workspace, id));
    }

    /** The members with names resolved, in order, as a decree prints them; empty for an unknown team. */
    public List<TeamMemberView> members(Session session, long teamId) {
        return members.views(reader(session), teamId);
    }

    public List<TeamTask> tasks(Session session, long teamId) {
        return tasks.of(reader(session), teamId);
    }

    public Team create(Session session, Team draft) {
        return create(session, new TeamDetail(draft, List.of(), List.of())).team();
    }

    /** Creates the team with its members and tasks in one transaction. */
    public TeamDetail create(Session session, TeamDetail draft) {
        if (draft.team().id() != null) {
            throw new IllegalArgumentException("create takes a draft without id; use restore to keep an id");
        }
        return session.write(Permission.ORGANIZATION_EDIT, tx -> store(tx, draft));
    }

    /** Changes the team's own fields; members and tasks stay as they are. */
    public Team update(Session session, Team changed) {
        Objects.requireNonNull(changed.id(), "update needs a stored team (id)");
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            existing(tx, changed.id());
            return teams.update(tx, changed);
        });
    }

    /** Deletes the team, its members and its tasks; each removal is audited (not left to ON DELETE CASCADE). */
    public void delete(Session session, long id) {
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            existing(tx, id);
            members.replace(tx, id, List.of());
            tasks.replace(tx, id, List.of());
            teams.delete(tx, id);
            return null;
        });
    }

    /** Puts a deleted team back with the ids it and its members and tasks had (undo of a delete). */
    public TeamDetail restore(Session session, TeamDetail deleted) {
        Objects.requireNonNull(deleted.team().id(), "restore needs the id the team had");
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            if (teams.byId(tx, deleted.team().id()).isPresent()) {
                throw new TataException(ErrorKind.REFUSED, "team.error.stillExists", deleted.team().name());
            }
            return store(tx, deleted);
        });
    }

    /**
     * Makes the team's members exactly these, in this order. Members with an id keep it (only what changed is
     * written); members without one are added. Returns the members as stored, with their ids.
     */
    public List<TeamMember> replaceMembers(Session session, long teamId, List<TeamMember> wanted) {
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            existing(tx, teamId);
            checkMembers(tx, wanted);
            return members.replace(tx, teamId, wanted);
        });
    }

    /** As {@link #replaceMembers}, for the tasks. */
    public List<TeamTask> replaceTasks(Session session, long teamId, List<TeamTask> wanted) {
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            existing(tx, teamId);
            return tasks.replace(tx, teamId, wanted);
        });
    }

    /** Replaces members and tasks together, in one transaction: both land or neither does. */
    public TeamDetail replaceContents(Session session, long teamId, List<TeamMember> newMembers,
                                      List<TeamTask> newTasks) {
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            Team team = existing(tx, teamId);
            checkMembers(tx, newMembers);
            return new TeamDetail(team, members.replace(tx, teamId, newMembers), tasks.replace(tx, teamId, newTasks));
        });
    }

    /** The templates from the regulations Tata knows, each with its source. */
    public List<TeamTemplate> templates() {
        return TeamTemplates.standard().all();
    }

    public Optional<TeamTemplate> template(String code) {
        return TeamTemplates.standard().find(code);
    }

    /**
     * A draft team from the template, not yet stored: each described member whose description names exactly one
     * position of the workspace gets that position (the description stays, as the decree's wording); the others
     * keep only the description.
     */
    public TeamDetail draftFromTemplate(Session session, String code, int startYear) {
        return templates.draft(reader(session), code, startYear);
    }

    /** {@link #draftFromTemplate} stored in one step. */
    public TeamDetail createFromTemplate(Session session, String code, int startYear) {
        return session.write(Permission.ORGANIZATION_EDIT,
                tx -> store(tx, templates.draft(session.workspace(), code, startYear)));
    }

    private TeamDetail store(Tx tx, TeamDetail detail) {
        checkMembers(tx, detail.members());
        Team team = teams.insert(tx, detail.team());
        return new TeamDetail(team, members.replace(tx, team.id(), detail.members()),
                tasks.replace(tx, team.id(), detail.tasks()));
    }

    private Optional<TeamDetail> detailOf(Workspace workspace, long id) {
        return teams.byId(workspace, id).map(team -> new TeamDetail(team, members.of(workspace, id),
                tasks.of(workspace, id)));
    }

    private void checkMembers(Tx tx, List<TeamMember> list) {
        for (TeamMember m : list) {
            if (m.positionId() != null && !teams.positionExists(tx, m.positionId())) {
                throw new TataException(ErrorKind.BAD_INPUT, "team.error.positionNotFound",
                        String.valueOf(m.positionId()));
            }
            if (m.personId() != null && !teams.personExists(tx, m.personId())) {
                throw new TataException(ErrorKind.BAD_INPUT, "team.error.personNotFound",
                        String.valueOf(m.personId()));
            }
        }
    }

    private Team existing(Tx tx, long id) {
        return teams.byId(tx, id).orElseThrow(() ->
                new TataException(ErrorKind.NOT_FOUND, "team.error.notFound", String.valueOf(id)));
    }

    /** Reading needs WORKSPACE_READ; the repositories then read the workspace directly. */
    private static Workspace reader(Session session) {
        session.require(Permission.WORKSPACE_READ);
        return session.workspace();
    }
}
