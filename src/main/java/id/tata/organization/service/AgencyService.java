// STAND-IN: replaced by the org branch
package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.workspace.Session;
import id.tata.workspace.schema.tables.records.AgencyRecord;
import id.tata.workspace.user.Permission;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static id.tata.workspace.schema.Tables.AGENCY;

/** Minimal Perangkat Daerah use cases, enough for the UI to be built and tested before the org branch lands. */
public class AgencyService {
    public List<Agency> list(Session session) {
        return session.read(Permission.WORKSPACE_READ, dsl ->
                dsl.selectFrom(AGENCY).orderBy(AGENCY.CODE).fetch(AgencyService::toAgency));
    }

    public List<Agency> search(Session session, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return list(session).stream()
                .filter(a -> (a.code() + " " + a.name() + " " + a.shortName()).toLowerCase(Locale.ROOT)
                        .contains(needle))
                .toList();
    }

    public Optional<Agency> find(Session session, long id) {
        return session.read(Permission.WORKSPACE_READ, dsl ->
                dsl.selectFrom(AGENCY).where(AGENCY.ID.eq(id)).fetchOptional(AgencyService::toAgency));
    }

    public Agency create(Session session, Agency draft) {
        return session.write(Permission.ORGANIZATION_EDIT, tx -> toAgency(tx.insert(toRecord(tx.dsl(), draft))));
    }

    public Agency update(Session session, Agency agency) {
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            AgencyRecord r = existing(tx.dsl(), agency.id());
            fill(r, agency);
            return toAgency(tx.update(r));
        });
    }

    public void delete(Session session, long id) {
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            AgencyRecord r = existing(tx.dsl(), id);
            if (tx.dsl().fetchExists(AGENCY, AGENCY.PARENT_ID.eq(id))) {
                throw new TataException(ErrorKind.REFUSED, "agency.error.hasChildren", r.getName());
            }
            tx.delete(r);
            return null;
        });
    }

    public Agency restore(Session session, Agency deleted) {
        return session.write(Permission.ORGANIZATION_EDIT, tx -> toAgency(tx.insert(toRecord(tx.dsl(), deleted))));
    }

    private static AgencyRecord existing(DSLContext dsl, Long id) {
        AgencyRecord r = dsl.fetchOne(AGENCY, AGENCY.ID.eq(id));
        if (r == null) {
            throw new TataException(ErrorKind.NOT_FOUND, "agency.error.notFound", id);
        }
        return r;
    }

    private static AgencyRecord toRecord(DSLContext dsl, Agency a) {
        AgencyRecord r = dsl.newRecord(AGENCY);
        if (a.id() != null) {
            r.setId(a.id());
        }
        fill(r, a);
        return r;
    }

    private static void fill(AgencyRecord r, Agency a) {
        r.setCode(a.code().strip());
        r.setName(a.name().strip());
        r.setShortName(a.shortName() == null ? "" : a.shortName().strip());
        r.setKind(a.kind().name());
        r.setParentId(a.parentId());
        r.setAddress(a.address() == null ? "" : a.address());
    }

    private static Agency toAgency(AgencyRecord r) {
        return new Agency(r.getId(), r.getCode(), r.getName(), r.getShortName(), AgencyKind.valueOf(r.getKind()),
                r.getParentId(), r.getAddress());
    }
}
