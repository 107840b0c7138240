package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.organization.domain.Position;
import id.tata.organization.persistence.AgencyRepository;
import id.tata.organization.persistence.PositionRepository;
import id.tata.organization.persistence.TeamRepository;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.user.Permission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Positions (jabatan) within agencies; a position name is unique within its agency. */
public final class PositionService {
    private final PositionRepository positions = new PositionRepository();
    private final AgencyRepository agencies = new AgencyRepository();
    private final TeamRepository teams = new TeamRepository();

    public List<Position> list(Session session) {
        return positions.all(reader(session));
    }

    public List<Position> search(Session session, String text) {
        return positions.search(reader(session), text);
    }

    public List<Position> listByAgency(Session session, long agencyId) {
        return positions.byAgency(reader(session), agencyId);
    }

    public Optional<Position> find(Session session, long id) {
        return positions.byId(reader(session), id);
    }

    public Position create(Session session, Position draft) {
        if (draft.id() != null) {
            throw new IllegalArgumentException("create takes a draft without id; use restore to keep an id");
        }
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            checkRules(tx, draft);
            return positions.insert(tx, draft);
        });
    }

    /** The position of that name in the agency, created when it does not exist yet (used by imports). */
    public Position findOrCreate(Session session, Long agencyId, String name) {
        return session.write(Permission.ORGANIZATION_EDIT, tx -> positions.byName(tx, agencyId, name)
                .orElseGet(() -> create(session, new Position(null, name, agencyId, ""))));
    }

    public Position update(Session session, Position changed) {
        Objects.requireNonNull(changed.id(), "update needs a stored position (id)");
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            existing(tx, changed.id());
            checkRules(tx, changed);
            return positions.update(tx, changed);
        });
    }

    /** Refused while people hold the position or a team names it among its members; the message says who. */
    public void delete(Session session, long id) {
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            Position position = existing(tx, id);
            int holders = positions.countHolders(tx, id);
            if (holders > 0) {
                throw new TataException(ErrorKind.REFUSED, "position.error.inUse", position.name(), holders);
            }
            List<String> inTeams = teams.namesUsingPosition(tx, id);
            if (!inTeams.isEmpty()) {
                throw new TataException(ErrorKind.REFUSED, "position.error.inTeam", position.name(),
                        String.join(", ", inTeams));
            }
            positions.delete(tx, id);
            return null;
        });
    }

    public Position restore(Session session, Position deleted) {
        Objects.requireNonNull(deleted.id(), "restore needs the id the position had");
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            if (positions.byId(tx, deleted.id()).isPresent()) {
                throw new TataException(ErrorKind.REFUSED, "position.error.stillExists", deleted.name());
            }
            checkRules(tx, deleted);
            return positions.insert(tx, deleted);
        });
    }

    private void checkRules(Tx tx, Position position) {
        if (position.agencyId() != null && agencies.byId(tx, position.agencyId()).isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "position.error.agencyNotFound", position.name(),
                    String.valueOf(position.agencyId()));
        }
        positions.byName(tx, position.agencyId(), position.name())
                .filter(other -> !other.id().equals(position.id())).ifPresent(other -> {
                    throw new TataException(ErrorKind.BAD_INPUT, "position.error.duplicate", position.name());
                });
    }

    private Position existing(Tx tx, long id) {
        return positions.byId(tx, id).orElseThrow(() ->
                new TataException(ErrorKind.NOT_FOUND, "position.error.notFound", String.valueOf(id)));
    }

    /** Reading needs WORKSPACE_READ; the repositories then read the workspace directly. */
    private static Workspace reader(Session session) {
        session.require(Permission.WORKSPACE_READ);
        return session.workspace();
    }
}
