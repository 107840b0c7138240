package id.tata.organization.persistence;

import id.tata.organization.domain.Person;
import id.tata.workspace.Tx;
import id.tata.workspace.Workspace;
import id.tata.workspace.schema.tables.records.PersonRecord;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;

import static id.tata.workspace.schema.Tables.PERSON;

/** People: reads with any DSLContext, writes only through an audited {@link Tx}. */
public final class PersonRepository {

    public List<Person> all(Workspace workspace) {
        return workspace.read(dsl -> all(dsl));
    }

    private List<Person> all(DSLContext dsl) {
        return dsl.selectFrom(PERSON).orderBy(PERSON.NAME, PERSON.ID).fetch(PersonRepository::toPerson);
    }

    public List<Person> byAgency(Workspace workspace, long agencyId) {
        return workspace.read(dsl -> byAgency(dsl, agencyId));
    }

    private List<Person> byAgency(DSLContext dsl, long agencyId) {
        return dsl.selectFrom(PERSON).where(PERSON.AGENCY_ID.eq(agencyId)).orderBy(PERSON.NAME, PERSON.ID)
                .fetch(PersonRepository::toPerson);
    }

    public List<Person> search(Workspace workspace, String text) {
        return workspace.read(dsl -> search(dsl, text));
    }

    private List<Person> search(DSLContext dsl, String text) {
        String t = text == null ? "" : text.strip();
        return dsl.selectFrom(PERSON)
                .where(PERSON.NAME.containsIgnoreCase(t).or(PERSON.NIP.contains(t.replaceAll("\\s+", "")))
                        .or(PERSON.RANK.containsIgnoreCase(t)).or(PERSON.EMAIL.containsIgnoreCase(t)))
                .orderBy(PERSON.NAME, PERSON.ID).fetch(PersonRepository::toPerson);
    }

    public Optional<Person> byId(Workspace workspace, long id) {
        return workspace.read(dsl -> byId(dsl, id));
    }

    public Optional<Person> byId(Tx tx, long id) {
        return byId(tx.dsl(), id);
    }

    private Optional<Person> byId(DSLContext dsl, long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonRepository::toPerson);
    }

    public Optional<Person> byNip(Workspace workspace, String nip) {
        return workspace.read(dsl -> byNip(dsl, nip));
    }

    public Optional<Person> byNip(Tx tx, String nip) {
        return byNip(tx.dsl(), nip);
    }

    private Optional<Person> byNip(DSLContext dsl, String nip) {
        return dsl.selectFrom(PERSON).where(PERSON.NIP.eq(nip)).fetchOptional(PersonRepository::toPerson);
    }

    public Person insert(Tx tx, Person person) {
        PersonRecord r = tx.dsl().newRecord(PERSON);
        // A restore (undo of a delete) keeps the id it had; a new record gets an id never used before.
        r.setId(person.id() != null ? person.id() : NewIds.next(tx.dsl(), PERSON, PERSON.ID));
        fill(r, person);
        return toPerson(tx.insert(r));
    }

    public Person update(Tx tx, Person person) {
        PersonRecord r = tx.dsl().fetchSingle(PERSON, PERSON.ID.eq(person.id()));
        fill(r, person);
        return toPerson(tx.update(r));
    }

    public void delete(Tx tx, long id) {
        tx.delete(tx.dsl().fetchSingle(PERSON, PERSON.ID.eq(id)));
    }

    private static void fill(PersonRecord r, Person p) {
        r.setNip(p.nip());
        r.setFrontTitle(p.frontTitle());
        r.setName(p.name());
        r.setBackTitle(p.backTitle());
        r.setRank(p.rank());
        r.setPositionId(p.positionId());
        r.setAgencyId(p.agencyId());
        r.setEmail(p.email());
        r.setPhone(p.phone());
    }

    static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getNip(), r.getFrontTitle(), r.getName(), r.getBackTitle(), r.getRank(),
                r.getPositionId(), r.getAgencyId(), r.getEmail(), r.getPhone());
    }
}
