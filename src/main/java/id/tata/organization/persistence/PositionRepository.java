package id.tata.organization.persistence;

import id.tata.organization.domain.Position;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.schema.tables.records.PositionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static id.tata.workspace.schema.Tables.PERSON;
import static id.tata.workspace.schema.Tables.POSITION;

/** Positions (jabatan): reads with any DSLContext, writes only through an audited {@link Tx}. */
public final class PositionRepository {

    public List<Position> all(Workspace workspace) {
        return workspace.read(dsl -> all(dsl));
    }

    private List<Position> all(DSLContext dsl) {
        return dsl.selectFrom(POSITION).orderBy(POSITION.NAME, POSITION.ID).fetch(PositionRepository::toPosition);
    }

    public List<Position> search(Workspace workspace, String text) {
        return workspace.read(dsl -> search(dsl, text));
    }

    private List<Position> search(DSLContext dsl, String text) {
        String t = text == null ? "" : text.strip();
        return dsl.selectFrom(POSITION)
                .where(POSITION.NAME.containsIgnoreCase(t).or(POSITION.ECHELON.containsIgnoreCase(t)))
                .orderBy(POSITION.NAME, POSITION.ID).fetch(PositionRepository::toPosition);
    }

    public List<Position> byAgency(Workspace workspace, long agencyId) {
        return workspace.read(dsl -> byAgency(dsl, agencyId));
    }

    private List<Position> byAgency(DSLContext dsl, long agencyId) {
        return dsl.selectFrom(POSITION).where(POSITION.AGENCY_ID.eq(agencyId)).orderBy(POSITION.NAME)
                .fetch(PositionRepository::toPosition);
    }

    public Optional<Position> byId(Workspace workspace, long id) {
        return workspace.read(dsl -> byId(dsl, id));
    }

    public Optional<Position> byId(Tx tx, long id) {
        return byId(tx.dsl(), id);
    }

    private Optional<Position> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(POSITION).where(POSITION.ID.eq(id)).fetchOptional(PositionRepository::toPosition);
    }

    /** The position of that name (any case) in the agency; agency null means positions outside any agency. */
    public Optional<Position> byName(Tx tx, Long agencyId, String name) {
        Condition inAgency = agencyId == null ? POSITION.AGENCY_ID.isNull() : POSITION.AGENCY_ID.eq(agencyId);
        return tx.dsl().selectFrom(POSITION)
                .where(inAgency.and(DSL.lower(POSITION.NAME).eq(name.strip().toLowerCase(Locale.ROOT))))
                .fetchOptional(PositionRepository::toPosition);
    }

    public Position insert(Tx tx, Position position) {
        PositionRecord r = tx.dsl().newRecord(POSITION);
        // A restore (undo of a delete) keeps the id it had; a new record gets an id never used before.
        r.setId(position.id() != null ? position.id() : NewIds.next(tx.dsl(), POSITION, POSITION.ID));
        fill(r, position);
        return toPosition(tx.insert(r));
    }

    public Position update(Tx tx, Position position) {
        PositionRecord r = tx.dsl().fetchSingle(POSITION, POSITION.ID.eq(position.id()));
        fill(r, position);
        return toPosition(tx.update(r));
    }

    public void delete(Tx tx, long id) {
        tx.delete(tx.dsl().fetchSingle(POSITION, POSITION.ID.eq(id)));
    }

    public int countHolders(Tx tx, long id) {
        return tx.dsl().fetchCount(PERSON, PERSON.POSITION_ID.eq(id));
    }

    private static void fill(PositionRecord r, Position p) {
        r.setName(p.name());
        r.setAgencyId(p.agencyId());
        r.setEchelon(p.echelon());
    }

    static Position toPosition(PositionRecord r) {
        return new Position(r.getId(), r.getName(), r.getAgencyId(), r.getEchelon());
    }
}
