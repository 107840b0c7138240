package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.organization.domain.Agency;
import id.tata.organization.persistence.AgencyRepository;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.user.Permission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Perangkat Daerah: reading needs WORKSPACE_READ, every change ORGANIZATION_EDIT and is one audited transaction. */
public final class AgencyService {
    private final AgencyRepository agencies = new AgencyRepository();

    public List<Agency> list(Session session) {
        return agencies.all(reader(session));
    }

    /** Agencies whose code, name or short name contains the text, ignoring case. */
    public List<Agency> search(Session session, String text) {
        return agencies.search(reader(session), text);
    }

    public Optional<Agency> find(Session session, long id) {
        return agencies.byId(reader(session), id);
    }

    public Optional<Agency> findByCode(Session session, String code) {
        return agencies.byCode(reader(session), code);
    }

    public Agency create(Session session, Agency draft) {
        requireNoId(draft);
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            checkRules(tx, draft);
            return agencies.insert(tx, draft);
        });
    }

    public Agency update(Session session, Agency changed) {
        Objects.requireNonNull(changed.id(), "update needs a stored agency (id)");
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            existing(tx, changed.id());
            checkRules(tx, changed);
            return agencies.update(tx, changed);
        });
    }

    /** Refused while sub-units, positions or people refer to the agency; the message says how many of each. */
    public void delete(Session session, long id) {
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            Agency agency = existing(tx, id);
            int children = agencies.countChildren(tx, id);
            int positions = agencies.countPositions(tx, id);
            int people = agencies.countPeople(tx, id);
            if (children + positions + people > 0) {
                throw new TataException(ErrorKind.REFUSED, "agency.error.inUse", agency.code(), children,
                        positions, people);
            }
            agencies.delete(tx, id);
            return null;
        });
    }

    /** Puts a deleted agency back under the id it had, so undo of a delete leaves references intact. */
    public Agency restore(Session session, Agency deleted) {
        Objects.requireNonNull(deleted.id(), "restore needs the id the agency had");
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            if (agencies.byId(tx, deleted.id()).isPresent()) {
                throw new TataException(ErrorKind.REFUSED, "agency.error.stillExists", deleted.code());
            }
            checkRules(tx, deleted);
            return agencies.insert(tx, deleted);
        });
    }

    private void checkRules(Tx tx, Agency agency) {
        agencies.byCode(tx, agency.code()).filter(other -> !other.id().equals(agency.id())).ifPresent(other -> {
            throw new TataException(ErrorKind.BAD_INPUT, "agency.error.duplicateCode", agency.code(), other.name());
        });
        if (agency.parentId() != null) {
            existingParent(tx, agency);
            checkNoCycle(tx, agency);
        }
    }

    private void existingParent(Tx tx, Agency agency) {
        if (agencies.byId(tx, agency.parentId()).isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "agency.error.parentNotFound", agency.code(),
                    String.valueOf(agency.parentId()));
        }
    }

    /** Walks up from the new parent; meeting the agency itself would make it its own ancestor. */
    private void checkNoCycle(Tx tx, Agency agency) {
        Long current = agency.parentId();
        int guard = agencies.all(tx).size() + 1;
        while (current != null && guard-- > 0) {
            if (current.equals(agency.id())) {
                throw new TataException(ErrorKind.BAD_INPUT, "agency.error.cycle", agency.code());
            }
            current = agencies.byId(tx, current).map(Agency::parentId).orElse(null);
        }
    }

    private Agency existing(Tx tx, long id) {
        return agencies.byId(tx, id).orElseThrow(() ->
                new TataException(ErrorKind.NOT_FOUND, "agency.error.notFound", String.valueOf(id)));
    }

    private static void requireNoId(Agency draft) {
        if (draft.id() != null) {
            throw new IllegalArgumentException("create takes a draft without id; use restore to keep an id");
        }
    }

    /** Reading needs WORKSPACE_READ; the repositories then read the workspace directly. */
    private static Workspace reader(Session session) {
        session.require(Permission.WORKSPACE_READ);
        return session.workspace();
    }
}
