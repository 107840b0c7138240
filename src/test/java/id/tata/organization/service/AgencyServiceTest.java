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
import static id.tata.workspace.schema.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyServiceTest {
    @TempDir
    Path dir;
    private OrgFixture fx;
    private final AgencyService agencies = new AgencyService();

    @BeforeEach
    void open() {
        fx = new OrgFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void createReadUpdateDeleteAndSearch() {
        Agency setda = agencies.create(fx.admin, draft("4.01", "Sekretariat Daerah", AgencyKind.SECRETARIAT, null));
        Agency kominfo = agencies.create(fx.admin, new Agency(null, "2.16", "Dinas Komunikasi dan Informatika",
                "Diskominfo", AgencyKind.SERVICE_OFFICE, null, "Jl. Pemuda 148"));
        assertEquals(List.of("2.16", "4.01"), agencies.list(fx.admin).stream().map(Agency::code).toList());
        assertEquals(kominfo, agencies.find(fx.admin, kominfo.id()).orElseThrow());
        assertEquals(List.of(kominfo), agencies.search(fx.admin, "KOMINFO"));

        Agency bagian = agencies.create(fx.admin, draft("4.01.01", "Bagian Organisasi", AgencyKind.DIVISION,
                setda.id()));
        Agency renamed = agencies.update(fx.admin, new Agency(bagian.id(), "4.01.01", "Bagian Organisasi dan RB",
                "Bag. Org", AgencyKind.DIVISION, setda.id(), ""));
        assertEquals("Bagian Organisasi dan RB", agencies.find(fx.admin, bagian.id()).orElseThrow().name());
        assertEquals(renamed, agencies.find(fx.admin, bagian.id()).orElseThrow());

        agencies.delete(fx.admin, bagian.id());
        assertTrue(agencies.find(fx.admin, bagian.id()).isEmpty());
    }

    @Test
    void duplicateCodeIsRefusedNamingTheCodeIgnoringCase() {
        agencies.create(fx.admin, draft("DISKOMINFO", "Dinas Kominfo", AgencyKind.SERVICE_OFFICE, null));
        TataException e = assertThrows(TataException.class, () ->
                agencies.create(fx.admin, draft("diskominfo", "Lain", AgencyKind.OTHER, null)));
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertEquals("agency.error.duplicateCode", e.key());
        assertTrue(e.getMessage().contains("diskominfo"), e.getMessage());
    }

    @Test
    void parentMustExistAndNoCycle() {
        TataException missing = assertThrows(TataException.class, () ->
                agencies.create(fx.admin, draft("X", "X", AgencyKind.OTHER, 999L)));
        assertEquals("agency.error.parentNotFound", missing.key());
        Agency a = agencies.create(fx.admin, draft("A", "A", AgencyKind.OTHER, null));
        Agency b = agencies.create(fx.admin, draft("B", "B", AgencyKind.OTHER, a.id()));
        Agency c = agencies.create(fx.admin, draft("C", "C", AgencyKind.OTHER, b.id()));
        TataException cycle = assertThrows(TataException.class, () -> agencies.update(fx.admin, a.withParentId(c.id())));
        assertEquals("agency.error.cycle", cycle.key());
        assertEquals(null, agencies.find(fx.admin, a.id()).orElseThrow().parentId());
    }

    @Test
    void deleteOfReferencedAgencyIsRefusedNamingTheReferences() {
        Agency setda = agencies.create(fx.admin, draft("4.01", "Sekretariat Daerah", AgencyKind.SECRETARIAT, null));
        agencies.create(fx.admin, draft("4.01.01", "Bagian Hukum", AgencyKind.DIVISION, setda.id()));
        agencies.create(fx.admin, draft("4.01.02", "Bagian Umum", AgencyKind.DIVISION, setda.id()));
        Position sekda = new PositionService().create(fx.admin, new Position(null, "Sekretaris Daerah", setda.id(), "I.b"));
        new PersonService().create(fx.admin, new Person(null, "197001012000031001", "Dr.", "Budi Santoso", "M.Si.",
                "", sekda.id(), setda.id(), "", ""));

        TataException e = assertThrows(TataException.class, () -> agencies.delete(fx.admin, setda.id()));
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertEquals("agency.error.inUse", e.key());
        assertEquals("Perangkat Daerah 4.01 tidak dapat dihapus karena masih dirujuk oleh 2 sub-unit, 1 jabatan "
                + "dan 1 pegawai. Pindahkan atau hapus rujukan tersebut lebih dulu.", e.getMessage());
        assertTrue(agencies.find(fx.admin, setda.id()).isPresent());
    }

    @Test
    void restoreKeepsTheIdSoUndoOfDeleteIsExact() {
        agencies.create(fx.admin, draft("A", "A", AgencyKind.OTHER, null));
        Agency b = agencies.create(fx.admin, new Agency(null, "B", "Badan B", "BB", AgencyKind.BOARD, null, "Jl. 1"));
        agencies.delete(fx.admin, b.id());
        agencies.create(fx.admin, draft("C", "C", AgencyKind.OTHER, null));
        Agency restored = agencies.restore(fx.admin, b);
        assertEquals(b, restored);
        assertEquals(b, agencies.find(fx.admin, b.id()).orElseThrow());
        assertEquals("agency.error.stillExists",
                assertThrows(TataException.class, () -> agencies.restore(fx.admin, b)).key());
    }

    @Test
    void everyChangeWritesAnAuditRowInTheUsersName() {
        Agency a = agencies.create(fx.admin, draft("A", "Awal", AgencyKind.OTHER, null));
        agencies.update(fx.admin, new Agency(a.id(), "A", "Akhir", "", AgencyKind.OTHER, null, ""));
        agencies.delete(fx.admin, a.id());
        List<String> actions = fx.workspace.read(dsl -> dsl.select(AUDIT_LOG.ACTION).from(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq("agency").and(AUDIT_LOG.RECORD_ID.eq(String.valueOf(a.id()))))
                .orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ACTION));
        assertEquals(List.of("INSERT", "UPDATE", "DELETE"), actions);
        String after = fx.workspace.read(dsl -> dsl.select(AUDIT_LOG.AFTER_JSON).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq("UPDATE")).fetchSingle(AUDIT_LOG.AFTER_JSON));
        assertTrue(after.contains("Akhir"), after);
        assertEquals(3, (int) fx.workspace.read(dsl -> dsl.fetchCount(AUDIT_LOG,
                AUDIT_LOG.TABLE_NAME.eq("agency").and(AUDIT_LOG.USERNAME.eq("admin")))));
    }
}
