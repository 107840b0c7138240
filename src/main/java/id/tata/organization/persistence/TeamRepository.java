package id.tata.organization.persistence;

import id.tata.organization.domain.Team;
import id.tata.organization.domain.TeamKind;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.schema.tables.records.TeamRecord;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;

import static id.tata.workspace.schema.Tables.PERSON;
import static id.tata.workspace.schema.Tables.POSITION;
import static id.tata.workspace.schema.Tables.TEAM;
import static id.tata.workspace.schema.Tables.TEAM_MEMBER;

/**
 * Teams: reads with any DSLContext, writes only through an audited {@link Tx}. Members and tasks are
 * {@link TeamMemberRepository}'s and {@link TeamTaskRepository}'s. Listed newest period first, as people look for
 * the team in office.
 */
public final class TeamRepository {

    public List<Team> all(Workspace workspace) {
        return workspace.read(TeamRepository::all);
    }

    private static List<Team> all(DSLContext dsl) {
        return dsl.selectFrom(TEAM).orderBy(TEAM.PERIOD_START_YEAR.desc(), TEAM.NAME, TEAM.ID)
                .fetch(TeamRepository::toTeam);
    }

    public Optional<Team> byId(Workspace workspace, long id) {
        return workspace.read(dsl -> byId(dsl, id));
    }

    public Optional<Team> byId(Tx tx, long id) {
        return byId(tx.dsl(), id);
    }

    private static Optional<Team> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(TEAM).where(TEAM.ID.eq(id)).fetchOptional(TeamRepository::toTeam);
    }

    /** The team of that kind that comes first in {@link #all}: the one with the latest period. */
    public Optional<Team> firstOfKind(Workspace workspace, TeamKind kind) {
        return workspace.read(dsl -> dsl.selectFrom(TEAM).where(TEAM.KIND.eq(kind.name()))
                .orderBy(TEAM.PERIOD_START_YEAR.desc(), TEAM.NAME, TEAM.ID).limit(1)
                .fetchOptional(TeamRepository::toTeam));
    }

    public Team insert(Tx tx, Team team) {
        TeamRecord r = tx.dsl().newRecord(TEAM);
        // A restore (undo of a delete) keeps the id it had; a new team gets an id never used before.
        r.setId(team.id() != null ? team.id() : NewIds.next(tx.dsl(), TEAM, TEAM.ID));
        fill(r, team);
        return toTeam(tx.insert(r));
    }

    public Team update(Tx tx, Team team) {
        TeamRecord r = tx.dsl().fetchSingle(TEAM, TEAM.ID.eq(team.id()));
        fill(r, team);
        return toTeam(tx.update(r));
    }

    /** The team row only; the caller removes members and tasks first, so each removal is audited too. */
    public void delete(Tx tx, long id) {
        tx.delete(tx.dsl().fetchSingle(TEAM, TEAM.ID.eq(id)));
    }

    /** Names of the teams the position sits in, for the refusal to delete it. */
    public List<String> namesUsingPosition(Tx tx, long positionId) {
        return namesWhere(tx, TEAM_MEMBER.POSITION_ID.eq(positionId));
    }

    /** Names of the teams the person sits in, for the refusal to delete them. */
    public List<String> namesUsingPerson(Tx tx, long personId) {
        return namesWhere(tx, TEAM_MEMBER.PERSON_ID.eq(personId));
    }

    private static List<String> namesWhere(Tx tx, org.jooq.Condition memberCondition) {
        return tx.dsl().selectDistinct(TEAM.NAME, TEAM.ID).from(TEAM).join(TEAM_MEMBER)
                .on(TEAM_MEMBER.TEAM_ID.eq(TEAM.ID)).where(memberCondition).orderBy(TEAM.ID)
                .fetch(TEAM.NAME);
    }

    /** Whether a position or person of that id exists, for checking members before they are written. */
    public boolean positionExists(Tx tx, long id) {
        return tx.dsl().fetchExists(POSITION, POSITION.ID.eq(id));
    }

    public boolean personExists(Tx tx, long id) {
        return tx.dsl().fetchExists(PERSON, PERSON.ID.eq(id));
    }

    private static void fill(TeamRecord r, Team t) {
        r.setKind(t.kind().name());
        r.setName(t.name());
        r.setPurpose(t.purpose());
        r.setPeriodStartYear(t.periodStartYear());
        r.setPeriodEndYear(t.periodEndYear());
        r.setLegalBasis(t.legalBasis());
        r.setTemplateCode(t.templateCode());
    }

    static Team toTeam(TeamRecord r) {
        return new Team(r.getId(), TeamKind.valueOf(r.getKind()), r.getName(), r.getPurpose(),
                r.getPeriodStartYear(), r.getPeriodEndYear(), r.getLegalBasis(), r.getTemplateCode());
    }
}
