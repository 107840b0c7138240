package id.tata.organization.persistence;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.schema.tables.records.AgencyRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static id.tata.workspace.schema.Tables.AGENCY;
import static id.tata.workspace.schema.Tables.PERSON;
import static id.tata.workspace.schema.Tables.POSITION;

/** Agencies in the workspace: reads with any DSLContext, writes only through an audited {@link Tx}. */
public final class AgencyRepository {

    public List<Agency> all(Workspace workspace) {
        return workspace.read(dsl -> all(dsl));
    }

    public List<Agency> all(Tx tx) {
        return all(tx.dsl());
    }

    private List<Agency> all(DSLContext dsl) {
        return dsl.selectFrom(AGENCY).orderBy(AGENCY.CODE).fetch(AgencyRepository::toAgency);
    }

    public List<Agency> search(Workspace workspace, String text) {
        return workspace.read(dsl -> search(dsl, text));
    }

    private List<Agency> search(DSLContext dsl, String text) {
        String t = text == null ? "" : text.strip();
        return dsl.selectFrom(AGENCY)
                .where(AGENCY.CODE.containsIgnoreCase(t).or(AGENCY.NAME.containsIgnoreCase(t))
                        .or(AGENCY.SHORT_NAME.containsIgnoreCase(t)))
                .orderBy(AGENCY.CODE).fetch(AgencyRepository::toAgency);
    }

    public Optional<Agency> byId(Workspace workspace, long id) {
        return workspace.read(dsl -> byId(dsl, id));
    }

    public Optional<Agency> byId(Tx tx, long id) {
        return byId(tx.dsl(), id);
    }

    private Optional<Agency> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(AGENCY).where(AGENCY.ID.eq(id)).fetchOptional(AgencyRepository::toAgency);
    }

    public Optional<Agency> byCode(Workspace workspace, String code) {
        return workspace.read(dsl -> byCode(dsl, code));
    }

    public Optional<Agency> byCode(Tx tx, String code) {
        return byCode(tx.dsl(), code);
    }

    /** Codes are compared without regard to case, as the unique index does. */
    private Optional<Agency> byCode(DSLContext dsl, String code) {
        return dsl.selectFrom(AGENCY).where(DSL.lower(AGENCY.CODE).eq(code.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(AgencyRepository::toAgency);
    }

    public Agency insert(Tx tx, Agency agency) {
        AgencyRecord r = tx.dsl().newRecord(AGENCY);
        // A restore (undo of a delete) keeps the id it had; a new record gets an id never used before.
        r.setId(agency.id() != null ? agency.id() : NewIds.next(tx.dsl(), AGENCY, AGENCY.ID));
        fill(r, agency);
        return toAgency(tx.insert(r));
    }

    public Agency update(Tx tx, Agency agency) {
        AgencyRecord r = tx.dsl().fetchSingle(AGENCY, AGENCY.ID.eq(agency.id()));
        fill(r, agency);
        return toAgency(tx.update(r));
    }

    public void delete(Tx tx, long id) {
        tx.delete(tx.dsl().fetchSingle(AGENCY, AGENCY.ID.eq(id)));
    }

    public int countChildren(Tx tx, long id) {
        return tx.dsl().fetchCount(AGENCY, AGENCY.PARENT_ID.eq(id));
    }

    public int countPositions(Tx tx, long id) {
        return tx.dsl().fetchCount(POSITION, POSITION.AGENCY_ID.eq(id));
    }

    public int countPeople(Tx tx, long id) {
        return tx.dsl().fetchCount(PERSON, PERSON.AGENCY_ID.eq(id));
    }

    private static void fill(AgencyRecord r, Agency a) {
        r.setCode(a.code());
        r.setName(a.name());
        r.setShortName(a.shortName());
        r.setKind(a.kind().name());
        r.setParentId(a.parentId());
        r.setAddress(a.address());
    }

    static Agency toAgency(AgencyRecord r) {
        return new Agency(r.getId(), r.getCode(), r.getName(), r.getShortName(), AgencyKind.valueOf(r.getKind()),
                r.getParentId(), r.getAddress());
    }
}
