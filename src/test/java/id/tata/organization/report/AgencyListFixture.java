package id.tata.organization.report;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;

import java.time.LocalDate;
import java.util.List;

/** A Sekretariat Daerah with two Bagian, and a Dinas without parent; given out of order on purpose. */
final class AgencyListFixture {
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    static final Agency SETDA = new Agency(10L, "4.01.01", "Sekretariat Daerah", "Setda", AgencyKind.SECRETARIAT,
            null, "Jl. Merdeka No. 1");
    static final Agency HUKUM = new Agency(12L, "4.01.01.01", "Bagian Hukum", "", AgencyKind.DIVISION, 10L,
            "Jl. Merdeka No. 1");
    static final Agency UMUM = new Agency(11L, "4.01.01.02", "Bagian Umum", "", AgencyKind.DIVISION, 10L, "");
    static final Agency KOMINFO = new Agency(20L, "2.16.01", "Dinas Komunikasi dan Informatika", "Diskominfo",
            AgencyKind.SERVICE_OFFICE, null, "Jl. Pahlawan No. 7\nKota Contoh");

    private AgencyListFixture() {
    }

    static AgencyListData data() {
        return AgencyListData.of("Pemerintah Kota Contoh", DATE, List.of(UMUM, SETDA, KOMINFO, HUKUM));
    }
}
