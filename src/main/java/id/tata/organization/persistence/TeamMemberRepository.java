package id.tata.organization.persistence;

import id.tata.common.l10n.IndonesianFormat;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.TeamMember;
import id.tata.organization.domain.TeamMemberView;
import id.tata.organization.domain.TeamRole;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.schema.tables.Agency;
import id.tata.workspace.schema.tables.records.TeamMemberRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.ArrayList;
import java.util.List;

import static id.tata.workspace.schema.Tables.AGENCY;
import static id.tata.workspace.schema.Tables.PERSON;
import static id.tata.workspace.schema.Tables.POSITION;
import static id.tata.workspace.schema.Tables.TEAM_MEMBER;

/** The members of teams, in their order; a team's list is replaced as a whole, writing only what changed. */
public final class TeamMemberRepository {
    private static final Agency POSITION_AGENCY = AGENCY.as("position_agency");
    private static final Agency PERSON_AGENCY = AGENCY.as("person_agency");

    private final OrderedRows<TeamMemberRecord, TeamMember> rows = new OrderedRows<>(TEAM_MEMBER, TEAM_MEMBER.ID,
            TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.SORT_ORDER, TeamMember::id, TeamMemberRepository::toMember,
            TeamMemberRepository::fill);

    public List<TeamMember> of(Workspace workspace, long teamId) {
        return workspace.read(dsl -> rows.of(dsl, teamId));
    }

    public List<TeamMember> of(Tx tx, long teamId) {
        return rows.of(tx.dsl(), teamId);
    }

    /** Makes the team's members exactly {@code wanted}, in that order; returns them with their ids. */
    public List<TeamMember> replace(Tx tx, long teamId, List<TeamMember> wanted) {
        return rows.replace(tx, teamId, wanted);
    }

    /** The members with positions, agencies and people resolved, in one read. */
    public List<TeamMemberView> views(Workspace workspace, long teamId) {
        return workspace.read(dsl -> views(dsl, teamId));
    }

    private static List<TeamMemberView> views(DSLContext dsl, long teamId) {
        var result = dsl.select(TEAM_MEMBER.ROLE, TEAM_MEMBER.TITLE, POSITION.NAME, POSITION_AGENCY.NAME,
                        PERSON_AGENCY.NAME)
                .select(PERSON.fields())
                .from(TEAM_MEMBER)
                .leftJoin(POSITION).on(POSITION.ID.eq(TEAM_MEMBER.POSITION_ID))
                .leftJoin(POSITION_AGENCY).on(POSITION_AGENCY.ID.eq(POSITION.AGENCY_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(TEAM_MEMBER.PERSON_ID))
                .leftJoin(PERSON_AGENCY).on(PERSON_AGENCY.ID.eq(PERSON.AGENCY_ID))
                .where(TEAM_MEMBER.TEAM_ID.eq(teamId))
                .orderBy(TEAM_MEMBER.SORT_ORDER, TEAM_MEMBER.ID)
                .fetch();
        List<TeamMemberView> views = new ArrayList<>();
        for (Record r : result) {
            views.add(view(views.size() + 1, r));
        }
        return views;
    }

    private static TeamMemberView view(int order, Record r) {
        Person person = r.get(PERSON.ID) == null ? null : PersonRepository.toPerson(r.into(PERSON));
        String agency = r.get(POSITION.NAME) != null ? r.get(POSITION_AGENCY.NAME) : r.get(PERSON_AGENCY.NAME);
        return new TeamMemberView(order, TeamRole.valueOf(r.get(TEAM_MEMBER.ROLE)), r.get(POSITION.NAME), agency,
                person == null ? null : person.displayName(),
                person == null || person.nip() == null ? null : IndonesianFormat.formatNip(person.nip()),
                r.get(TEAM_MEMBER.TITLE));
    }

    private static void fill(TeamMemberRecord r, TeamMember m) {
        r.setRole(m.role().name());
        r.setPositionId(m.positionId());
        r.setPersonId(m.personId());
        r.setTitle(m.title());
    }

    private static TeamMember toMember(TeamMemberRecord r) {
        return new TeamMember(r.getId(), TeamRole.valueOf(r.getRole()), r.getPositionId(), r.getPersonId(),
                r.getTitle());
    }
}
