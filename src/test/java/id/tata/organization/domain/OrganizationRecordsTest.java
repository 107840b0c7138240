package id.tata.organization.domain;

import id.tata.common.error.TataException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrganizationRecordsTest {

    @Test
    void kindIsParsedFromWhatUsersType() {
        assertEquals(Optional.of(AgencyKind.SERVICE_OFFICE), AgencyKind.parse("Dinas"));
        assertEquals(Optional.of(AgencyKind.BOARD), AgencyKind.parse("badan"));
        assertEquals(Optional.of(AgencyKind.DISTRICT), AgencyKind.parse(" KECAMATAN "));
        assertEquals(Optional.of(AgencyKind.SECRETARIAT), AgencyKind.parse("Sekretariat  Daerah"));
        assertEquals(Optional.of(AgencyKind.COUNCIL_SECRETARIAT), AgencyKind.parse("Sekretariat DPRD"));
        assertEquals(Optional.of(AgencyKind.UNIT), AgencyKind.parse("Satpol PP"));
        assertEquals(Optional.of(AgencyKind.UNIT), AgencyKind.parse("Satuan/Kantor"));
        assertEquals(Optional.of(AgencyKind.HOSPITAL), AgencyKind.parse("RSUD"));
        assertEquals(Optional.of(AgencyKind.TECHNICAL_UNIT), AgencyKind.parse("UPTD"));
        assertEquals(Optional.of(AgencyKind.TECHNICAL_UNIT), AgencyKind.parse("technical_unit"));
        assertEquals(Optional.empty(), AgencyKind.parse("Kecamtan"));
        assertEquals(Optional.empty(), AgencyKind.parse(""));
    }

    @Test
    void agencyIsTrimmedAndNeedsCodeAndName() {
        Agency a = new Agency(null, " 2.16 ", " Dinas Komunikasi dan Informatika ", null, AgencyKind.SERVICE_OFFICE,
                null, null);
        assertEquals("2.16", a.code());
        assertEquals("Dinas Komunikasi dan Informatika", a.name());
        assertEquals("", a.shortName());
        assertEquals("", a.address());
        assertEquals(7L, a.withId(7L).id());
        TataException e = assertThrows(TataException.class,
                () -> new Agency(null, " ", "Nama", "", AgencyKind.OTHER, null, ""));
        assertEquals("agency.error.codeRequired", e.key());
        assertThrows(TataException.class, () -> new Agency(null, "X", "", "", AgencyKind.OTHER, null, ""));
    }

    @Test
    void personDisplayNameFollowsOfficialStyle() {
        Person p = new Person(null, "19800101 200501 1 001", "Dr. Ir.", "Budi Santoso", "M.T.", "", null, null,
                "", "");
        assertEquals("Dr. Ir. Budi Santoso, M.T.", p.displayName());
        assertEquals("198001012005011001", p.nip());
        Person plain = new Person(null, " ", null, "Siti Rahmawati", null, null, null, null, null, null);
        assertEquals("Siti Rahmawati", plain.displayName());
        assertNull(plain.nip());
    }
}
