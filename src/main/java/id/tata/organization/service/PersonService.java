package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.organization.domain.NipRule;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import id.tata.organization.persistence.AgencyRepository;
import id.tata.organization.persistence.PersonRepository;
import id.tata.organization.persistence.PositionRepository;
import id.tata.organization.persistence.TeamRepository;
import id.tata.workspace.Session;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.user.Permission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** People of the regional government; a NIP, when given, must be well formed and belong to one person only. */
public final class PersonService {
    private final PersonRepository people = new PersonRepository();
    private final PositionRepository positions = new PositionRepository();
    private final AgencyRepository agencies = new AgencyRepository();
    private final TeamRepository teams = new TeamRepository();

    /** Everyone, ordered by name. */
    public List<Person> list(Session session) {
        return people.all(reader(session));
    }

    public List<Person> listByAgency(Session session, long agencyId) {
        return people.byAgency(reader(session), agencyId);
    }

    /** People whose name, NIP, rank or e-mail contains the text, ignoring case. */
    public List<Person> search(Session session, String text) {
        return people.search(reader(session), text);
    }

    public Optional<Person> find(Session session, long id) {
        return people.byId(reader(session), id);
    }

    public Optional<Person> findByNip(Session session, String nip) {
        String n = NipRule.normalize(nip);
        return n == null ? Optional.empty() : people.byNip(reader(session), n);
    }

    public Person create(Session session, Person draft) {
        if (draft.id() != null) {
            throw new IllegalArgumentException("create takes a draft without id; use restore to keep an id");
        }
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            checkRules(tx, draft);
            return people.insert(tx, draft);
        });
    }

    public Person update(Session session, Person changed) {
        Objects.requireNonNull(changed.id(), "update needs a stored person (id)");
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            existing(tx, changed.id());
            checkRules(tx, changed);
            return people.update(tx, changed);
        });
    }

    /** Refused while a team names the person among its members; the message names the teams. */
    public void delete(Session session, long id) {
        session.write(Permission.ORGANIZATION_EDIT, tx -> {
            Person person = existing(tx, id);
            List<String> inTeams = teams.namesUsingPerson(tx, id);
            if (!inTeams.isEmpty()) {
                throw new TataException(ErrorKind.REFUSED, "person.error.inTeam", person.displayName(),
                        String.join(", ", inTeams));
            }
            people.delete(tx, id);
            return null;
        });
    }

    public Person restore(Session session, Person deleted) {
        Objects.requireNonNull(deleted.id(), "restore needs the id the person had");
        return session.write(Permission.ORGANIZATION_EDIT, tx -> {
            if (people.byId(tx, deleted.id()).isPresent()) {
                throw new TataException(ErrorKind.REFUSED, "person.error.stillExists", deleted.displayName());
            }
            checkRules(tx, deleted);
            return people.insert(tx, deleted);
        });
    }

    private void checkRules(Tx tx, Person person) {
        if (person.nip() != null) {
            NipRule.problem(person.nip()).ifPresent(key -> {
                throw new TataException(ErrorKind.BAD_INPUT, key, person.nip());
            });
            people.byNip(tx, person.nip()).filter(other -> !other.id().equals(person.id())).ifPresent(other -> {
                throw new TataException(ErrorKind.BAD_INPUT, "person.error.duplicateNip", person.nip(),
                        other.displayName());
            });
        }
        if (person.agencyId() != null && agencies.byId(tx, person.agencyId()).isEmpty()) {
            throw new TataException(ErrorKind.BAD_INPUT, "person.error.agencyNotFound", person.displayName());
        }
        if (person.positionId() != null) {
            checkPosition(tx, person);
        }
    }

    /** A jabatan belongs to one Perangkat Daerah: a person cannot hold another agency's post. */
    private void checkPosition(Tx tx, Person person) {
        Position position = positions.byId(tx, person.positionId()).orElseThrow(() ->
                new TataException(ErrorKind.BAD_INPUT, "person.error.positionNotFound", person.displayName()));
        if (position.agencyId() != null && !position.agencyId().equals(person.agencyId())) {
            String agency = agencies.byId(tx, position.agencyId()).map(a -> a.name()).orElse("?");
            throw new TataException(ErrorKind.BAD_INPUT, "person.error.positionOfOtherAgency", person.displayName(),
                    position.name(), agency);
        }
    }

    private Person existing(Tx tx, long id) {
        return people.byId(tx, id).orElseThrow(() ->
                new TataException(ErrorKind.NOT_FOUND, "person.error.notFound", String.valueOf(id)));
    }

    /** Reading needs WORKSPACE_READ; the repositories then read the workspace directly. */
    private static Workspace reader(Session session) {
        session.require(Permission.WORKSPACE_READ);
        return session.workspace();
    }
}
