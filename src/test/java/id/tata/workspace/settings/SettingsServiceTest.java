package id.tata.workspace.settings;

import id.tata.common.error.TataException;
import id.tata.workspace.Session;
import id.tata.workspace.TestWorkspaces;
import id.tata.workspace.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsServiceTest {
    @TempDir
    Path dir;

    private final SettingsService settings = new SettingsService();
    private Session admin;

    @BeforeEach
    void setUp() {
        admin = TestWorkspaces.newAdminSession(dir);
    }

    @AfterEach
    void tearDown() {
        admin.workspace().close();
    }

    private static GovernmentProfile contoh() {
        return new GovernmentProfile(GovernmentKind.KOTA, "Contoh", "Jawa Tengah", "Hj. Siti Aminah, S.H.", "",
                "", "Jl. Merdeka No. 1", "", "", "diskominfo@contohkota.go.id", "", "50111", PaperProfile.F4);
    }

    @Test
    void profileIsSavedAndDerivesOfficialNames() {
        settings.saveProfile(admin, contoh());
        GovernmentProfile p = settings.profile(admin);
        assertEquals("Kota Contoh", p.officialName());
        assertEquals("Wali Kota Contoh", p.regionHeadOfficeName());
        assertEquals("Contoh", p.placeOfIssue());
        assertEquals(PaperProfile.F4, p.paperProfile());
    }

    @Test
    void invalidProfileIsRefusedWithTheField() {
        GovernmentProfile prefixed = new GovernmentProfile(GovernmentKind.KABUPATEN, "Kabupaten Contoh", "Bali", "",
                "", "", "", "", "", "", "", "", PaperProfile.A4);
        assertEquals("settings.error.namePrefix", assertThrows(TataException.class,
                () -> settings.saveProfile(admin, prefixed)).key());
        GovernmentProfile badPostal = new GovernmentProfile(GovernmentKind.KOTA, "Contoh", "Bali", "", "", "", "",
                "", "", "", "", "5011", PaperProfile.A4);
        assertEquals("settings.error.postalCode", assertThrows(TataException.class,
                () -> settings.saveProfile(admin, badPostal)).key());
    }

    @Test
    void onlyPermittedRolesChangeSettings() {
        Session secretariat = TestWorkspaces.sessionAs(admin, Role.SECRETARIAT);
        assertEquals("error.forbidden", assertThrows(TataException.class,
                () -> settings.saveProfile(secretariat, contoh())).key());
        assertEquals("", settings.profile(secretariat).name(), "reading is allowed, nothing was written");
    }

    @Test
    void numbersCountPerTypeAndYear() {
        LocalDate nov = LocalDate.of(2026, 11, 25);
        assertEquals("188.45/1/HK/2026", settings.previewNumber(admin, "DECREE", nov));
        assertEquals("188.45/1/HK/2026", settings.takeNumber(admin, "DECREE", nov));
        assertEquals("188.45/2/HK/2026", settings.takeNumber(admin, "DECREE", nov));
        assertEquals("188.45/1/HK/2027", settings.takeNumber(admin, "DECREE", nov.plusYears(1)));
        assertEquals("000.4.3/1/Diskominfo/2026", settings.takeNumber(admin, "LETTER", nov));
        settings.saveNumberPattern(admin, new NumberPattern("LETTER", "{nnn}/DKI/{romawi}/{yyyy}", "Surat"));
        assertEquals("002/DKI/XI/2026", settings.takeNumber(admin, "LETTER", nov));
    }

    @Test
    void badPatternsAreRefused() {
        assertEquals("settings.error.counter", assertThrows(TataException.class,
                () -> new NumberPattern("X", "188.45/HK/{yyyy}", "")).key());
        assertEquals("settings.error.placeholder", assertThrows(TataException.class,
                () -> new NumberPattern("X", "{n}/{tahun}", "")).key());
        assertEquals("settings.error.patternChars", assertThrows(TataException.class,
                () -> new NumberPattern("X", "{n} /HK", "")).key());
    }

    @Test
    void oneDefaultSignatoryPerRole() {
        Signatory first = settings.saveSignatory(admin, new Signatory(null, SignerRole.GCIO, "Budi", "Kepala Dinas",
                "198001012005011001", "Pembina (IV/a)", true));
        settings.saveSignatory(admin, new Signatory(null, SignerRole.GCIO, "Ani", "Plt. Kepala Dinas",
                "198202022006042002", "Pembina (IV/a)", true));
        assertEquals("Ani", settings.defaultSignatory(admin, SignerRole.GCIO).orElseThrow().name());
        assertFalse(settings.signatories(admin).stream().filter(s -> s.id().equals(first.id())).findFirst()
                .orElseThrow().isDefault());
        assertEquals("nip.error.length", assertThrows(TataException.class,
                () -> new Signatory(null, SignerRole.OTHER, "C", "Kabid", "12345", "", false)).key());
    }

    @Test
    void letterheadImagesAreCheckedByContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        settings.setImage(admin, LetterheadImage.EMBLEM, png);
        assertArrayEquals(png, settings.image(admin, LetterheadImage.EMBLEM).orElseThrow());
        assertEquals("settings.error.imageType", assertThrows(TataException.class,
                () -> settings.setImage(admin, LetterheadImage.LOGO, "GIF89a...".getBytes())).key());
        assertTrue(settings.image(admin, LetterheadImage.LOGO).isEmpty());
    }

    @Test
    void undoHelpersRestoreABlankProfileAndASignatoryUnderItsIdAndPreviewTheSequence() {
        settings.saveProfile(admin, contoh());
        settings.restoreProfile(admin, GovernmentProfile.empty());
        assertEquals(GovernmentProfile.empty(), settings.profile(admin));

        Signatory s = settings.saveSignatory(admin, new Signatory(null, SignerRole.OTHER, "Agus", "Sekretaris Dinas",
                null, "", false));
        settings.deleteSignatory(admin, s.id());
        assertEquals(s, settings.restoreSignatory(admin, s));
        assertEquals(java.util.List.of(s), settings.signatories(admin));

        assertEquals(1, settings.nextSequence(admin, "DECREE", 2026));
        settings.takeNumber(admin, "DECREE", LocalDate.of(2026, 3, 1));
        assertEquals(2, settings.nextSequence(admin, "DECREE", 2026));
        assertEquals(1, settings.nextSequence(admin, "DECREE", 2027));
    }
}
