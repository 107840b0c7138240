package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.organization.OrgFixture;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static id.tata.organization.OrgFixture.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonServiceTest {
    @TempDir
    Path dir;
    private OrgFixture fx;
    private Agency kominfo;
    private final PersonService people = new PersonService();
    private final PositionService positions = new PositionService();

    @BeforeEach
    void open() {
        fx = new OrgFixture(dir);
        kominfo = new AgencyService().create(fx.admin, draft("2.16", "Diskominfo", AgencyKind.SERVICE_OFFICE, null));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Person person(String nip, String name, Long positionId) {
        return new Person(null, nip, "", name, "S.Kom.", "Penata (III/c)", positionId, kominfo.id(), "", "");
    }

    @Test
    void peopleAreListedByNameAndByAgency() {
        people.create(fx.admin, person("198001012005011001", "Wahyu Prasetyo", null));
        people.create(fx.admin, person(null, "Ayu Lestari", null));
        assertEquals(List.of("Ayu Lestari", "Wahyu Prasetyo"), people.list(fx.admin).stream().map(Person::name).toList());
        assertEquals(2, people.listByAgency(fx.admin, kominfo.id()).size());
        assertEquals(1, people.search(fx.admin, "19800101 2005").size());
    }

    @Test
    void badOrDuplicateNipIsRefusedWithItsReason() {
        TataException bad = assertThrows(TataException.class, () ->
                people.create(fx.admin, person("198013012005011001", "Budi", null)));
        assertEquals("nip.error.birthDate", bad.key());
        people.create(fx.admin, person("198001012005011001", "Budi Santoso", null));
        TataException dup = assertThrows(TataException.class, () ->
                people.create(fx.admin, person("19800101 200501 1 001", "Joko", null)));
        assertEquals(ErrorKind.BAD_INPUT, dup.kind());
        assertEquals("person.error.duplicateNip", dup.key());
        assertTrue(dup.getMessage().contains("Budi Santoso, S.Kom."), dup.getMessage());
    }

    @Test
    void positionHeldByPeopleCannotBeDeleted() {
        Position pranata = positions.create(fx.admin, new Position(null, "Pranata Komputer Ahli Muda", kominfo.id(), ""));
        Person held = people.create(fx.admin, person("198001012005011001", "Budi", pranata.id()));
        TataException e = assertThrows(TataException.class, () -> positions.delete(fx.admin, pranata.id()));
        assertEquals("position.error.inUse", e.key());
        assertEquals(ErrorKind.REFUSED, e.kind());
        people.delete(fx.admin, held.id());
        positions.delete(fx.admin, pranata.id());
        assertTrue(positions.find(fx.admin, pranata.id()).isEmpty());
        assertEquals(pranata, positions.restore(fx.admin, pranata));
        assertEquals(held, people.restore(fx.admin, held));
    }

    @Test
    void positionNamesAreUniqueWithinAnAgency() {
        positions.create(fx.admin, new Position(null, "Sekretaris", kominfo.id(), "III.a"));
        assertEquals("position.error.duplicate", assertThrows(TataException.class, () ->
                positions.create(fx.admin, new Position(null, "sekretaris", kominfo.id(), ""))).key());
        Position found = positions.findOrCreate(fx.admin, kominfo.id(), "Sekretaris");
        assertEquals("III.a", found.echelon());
        assertEquals(1, positions.listByAgency(fx.admin, kominfo.id()).size());
    }

    @Test
    void aPersonHoldsOnlyAPostOfTheirOwnAgency() {
        Agency bappeda = new AgencyService().create(fx.admin, draft("5.01", "Bappeda", AgencyKind.BOARD, null));
        Position planner = positions.create(fx.admin, new Position(null, "Perencana Ahli Muda", bappeda.id(), ""));
        TataException e = assertThrows(TataException.class, () ->
                people.create(fx.admin, person("198001012005011001", "Budi", planner.id())));
        assertEquals("person.error.positionOfOtherAgency", e.key());
        assertTrue(e.getMessage().contains("Perencana Ahli Muda") && e.getMessage().contains("Bappeda"), e.getMessage());
        assertTrue(people.list(fx.admin).isEmpty(), "nothing was written");
    }
}
