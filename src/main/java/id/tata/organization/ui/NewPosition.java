package id.tata.organization.ui;

import id.tata.organization.domain.Position;
import id.tata.organization.service.PositionService;
import id.tata.workspace.Session;

/**
 * A jabatan typed into the person dialog rather than picked. Created with the person, inside the same command, so
 * one undo takes both back; a name that already exists in the agency is reused and then left alone on undo.
 */
final class NewPosition {
    private final PositionService service;
    private final Session session;
    private final long agencyId;
    private final String name;
    private Position position;
    private boolean createdHere;

    NewPosition(PositionService service, Session session, long agencyId, String name) {
        this.service = service;
        this.session = session;
        this.agencyId = agencyId;
        this.name = name.strip();
    }

    /** The position's id, creating it on the first call and bringing it back with the same id after an undo. */
    long ensure() {
        if (position == null) {
            // Asked before findOrCreate, which does not say whether it created: undo must not delete a shared one.
            createdHere = service.listByAgency(session, agencyId).stream()
                    .noneMatch(p -> p.name().equalsIgnoreCase(name));
            position = service.findOrCreate(session, agencyId, name);
        } else if (createdHere) {
            service.restore(session, position);
        }
        return position.id();
    }

    /** Run after the person no longer holds it; the service refuses while someone does. */
    void takeBack() {
        if (createdHere) {
            service.delete(session, position.id());
        }
    }
}
