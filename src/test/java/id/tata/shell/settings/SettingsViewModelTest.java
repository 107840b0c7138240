package id.tata.shell.settings;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;
import id.tata.common.task.SynchronousTaskExecutor;
import id.tata.common.undo.CommandStack;
import id.tata.workspace.Session;
import id.tata.workspace.TestWorkspaces;
import id.tata.workspace.settings.GovernmentKind;
import id.tata.workspace.settings.GovernmentProfile;
import id.tata.workspace.settings.LetterheadImage;
import id.tata.workspace.settings.PaperProfile;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.settings.Signatory;
import id.tata.workspace.settings.SignerRole;
import id.tata.workspace.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsViewModelTest {
    private static final Clock NOVEMBER = Clock.fixed(LocalDate.of(2026, 11, 5).atStartOfDay(ZoneId.of("Asia/Jakarta"))
            .toInstant(), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;

    private final SettingsService service = new SettingsService();
    private final CommandStack commands = new CommandStack();
    private Session admin;
    private SettingsViewModel model;

    @BeforeEach
    void open() {
        admin = TestWorkspaces.newAdminSession(dir);
        service.saveProfile(admin, new GovernmentProfile(GovernmentKind.KOTA, "Contoh", "Jawa Tengah", "", "", "",
                "Jl. Pemuda No. 1", "", "", "", "", "50132", PaperProfile.F4));
        model = modelFor(admin);
        model.reload();
    }

    @AfterEach
    void close() {
        admin.workspace().close();
    }

    private SettingsViewModel modelFor(Session session) {
        return new SettingsViewModel(service, session, new SynchronousTaskExecutor(), commands, I18n.indonesian(),
                NOVEMBER);
    }

    @Test
    void savingTheProfileIsUndoneToThePreviousProfile() {
        ProfileForm form = model.profile();
        assertEquals("Wali Kota Contoh · Pemerintah Kota Contoh", form.preview().get());
        form.province().set("Jawa Timur");
        form.kind().set(GovernmentKind.KABUPATEN);
        assertEquals("Bupati Contoh · Pemerintah Kabupaten Contoh", form.preview().get());
        model.saveProfile();

        assertEquals("Jawa Timur", service.profile(admin).province());
        assertEquals("Profil Kabupaten Contoh disimpan.", model.status().get());
        assertEquals("Ubah profil pemerintah daerah", commands.undoName().orElseThrow());

        commands.undo();
        model.refresh();
        assertEquals("Jawa Tengah", service.profile(admin).province());
        assertEquals("Jawa Tengah", form.province().get());
        assertEquals(GovernmentKind.KOTA, form.kind().get());
        assertEquals("", model.status().get());
    }

    @Test
    void theFirstSaveOfABlankProfileCanBeUndoneThoughBlankIsNotValid() {
        Session fresh = TestWorkspaces.newAdminSession(dir.resolve("baru"));
        try {
            SettingsViewModel blank = modelFor(fresh);
            blank.reload();
            blank.profile().name().set("Contoh");
            blank.profile().province().set("Bali");
            blank.saveProfile();
            assertEquals("Bali", service.profile(fresh).province());
            commands.undo();
            assertEquals(GovernmentProfile.empty(), service.profile(fresh));
        } finally {
            fresh.workspace().close();
        }
    }

    @Test
    void anInvalidPostalCodeIsShownUnderThatField() {
        model.profile().postalCode().set("501");
        model.saveProfile();

        assertEquals("Kode pos \"501\" harus 5 angka.", model.profile().postalCodeError().get());
        assertEquals("", model.profile().provinceError().get());
        assertEquals("", model.profile().generalError().get());
        assertEquals("50132", service.profile(admin).postalCode());
        assertFalse(commands.canUndo(), "a refused save leaves no undo step");
    }

    @Test
    void thePatternPreviewFollowsTheTypingAndRefusesAPatternWithoutCounter() {
        PatternRow decree = model.patterns().stream().filter(r -> r.pattern().documentType().equals("DECREE"))
                .findFirst().orElseThrow();
        assertEquals("188.45/1/HK/2026", decree.nextNumber());
        PatternForm form = model.patternForm(decree);
        assertEquals("188.45/1/HK/2026", form.preview().get());

        form.pattern().set("188.45/{nnn}/HK/{romawi}/{yyyy}");
        assertEquals("188.45/001/HK/XI/2026", form.preview().get());
        assertEquals("", form.error().get());

        form.pattern().set("188.45/HK/{yyyy}");
        assertEquals("", form.preview().get());
        assertTrue(form.error().get().contains("tepat satu penanda nomor urut"), form.error().get());
        boolean[] closed = {false};
        model.savePattern(form, () -> closed[0] = true);
        assertFalse(closed[0]);
        assertEquals("188.45/{n}/HK/{yyyy}", service.numberPatterns(admin).stream()
                .filter(p -> p.documentType().equals("DECREE")).findFirst().orElseThrow().pattern());

        form.pattern().set("188.45/{n}/HK/{mm}/{yyyy}");
        model.savePattern(form, () -> closed[0] = true);
        assertTrue(closed[0]);
        assertTrue(model.patterns().stream().anyMatch(r -> r.nextNumber().equals("188.45/1/HK/11/2026")));
        commands.undo();
        assertEquals("188.45/1/HK/2026", service.previewNumber(admin, "DECREE", LocalDate.now(NOVEMBER)));
    }

    @Test
    void aNewDefaultSignatoryIsUndoneTogetherWithTheDemotionOfThePreviousDefault() {
        Signatory first = service.saveSignatory(admin, new Signatory(null, SignerRole.GCIO, "Dr. Bayu Ramadhan",
                "Kepala Dinas Komunikasi dan Informatika", "197410091998061011", "Pembina Utama Muda (IV/c)", true));
        model.reload();
        SignatoryForm form = model.newSignatoryForm();
        form.role().set(SignerRole.GCIO);
        form.name().set("Rina Wulandari, S.Kom.");
        form.position().set("Plt. Kepala Dinas Komunikasi dan Informatika");
        form.nip().set("12345");
        form.isDefault().set(true);
        model.saveSignatory(form, () -> { });
        assertTrue(form.nipError().get().startsWith("NIP 12345"), form.nipError().get());
        assertEquals(1, model.signatories().size());

        form.nip().set("");
        boolean[] saved = {false};
        model.saveSignatory(form, () -> saved[0] = true);
        assertTrue(saved[0], form.generalError().get());
        assertEquals("Rina Wulandari, S.Kom.", service.defaultSignatory(admin, SignerRole.GCIO).orElseThrow().name());

        commands.undo();
        assertEquals(List.of(first), service.signatories(admin));
        commands.redo();
        assertEquals(2, service.signatories(admin).size());
    }

    @Test
    void aDeletedSignatoryComesBackWithItsId() {
        Signatory s = service.saveSignatory(admin, new Signatory(null, SignerRole.OTHER, "Agus", "Sekretaris Dinas",
                null, "", false));
        model.reload();
        model.deleteSignatory(model.signatories().get(0), message -> { throw new AssertionError(message); });
        assertTrue(service.signatories(admin).isEmpty());
        commands.undo();
        assertEquals(List.of(s), service.signatories(admin));
    }

    @Test
    void letterheadImagesAreReplacedRemovedAndRestored() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0};
        Path file = Files.write(dir.resolve("lambang.png"), png);
        model.chooseImage(LetterheadImage.EMBLEM, file);
        assertArrayEquals(png, model.image(LetterheadImage.EMBLEM).get());
        model.removeImage(LetterheadImage.EMBLEM);
        assertNull(model.image(LetterheadImage.EMBLEM).get());
        commands.undo();
        assertArrayEquals(png, service.image(admin, LetterheadImage.EMBLEM).orElseThrow());

        Path text = Files.writeString(dir.resolve("bukan.png"), "bukan gambar");
        model.chooseImage(LetterheadImage.LOGO, text);
        assertEquals("Gambar kop harus berkas PNG atau JPEG.", model.imageError(LetterheadImage.LOGO).get());
    }

    @Test
    void theSecretariatSeesEverythingReadOnlyAndTheServiceRefusesAnyway() {
        Session secretariat = TestWorkspaces.sessionAs(admin, Role.SECRETARIAT);
        SettingsViewModel readOnly = modelFor(secretariat);
        readOnly.reload();

        assertFalse(readOnly.canEdit());
        assertEquals("Contoh", readOnly.profile().name().get());
        assertEquals(4, readOnly.patterns().size());
        readOnly.profile().province().set("Jawa Barat");
        readOnly.saveProfile();
        assertEquals("Jawa Tengah", service.profile(admin).province());
        assertFalse(commands.canUndo());

        GovernmentProfile changed = readOnly.profile().toProfile();
        TataException refused = assertThrows(TataException.class, () -> service.saveProfile(secretariat, changed));
        assertEquals("error.forbidden", refused.key());
    }
}
