package id.tata.organization;

import id.tata.common.l10n.I18n;
import id.tata.organization.domain.AgencyKind;
import id.tata.organization.domain.TeamKind;
import id.tata.organization.domain.TeamRole;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organization and import texts exist in both languages, and every kind and NIP reason has its text. */
class OrganizationMessagesTest {
    private static final List<String> PREFIXES = List.of("agency.", "position.", "person.", "import.", "export.",
            "cli.agency.", "cli.person.", "team.", "teamMember.", "teamTask.", "teamTemplate.", "cli.team.");

    private static Set<String> keys(I18n i18n) {
        Set<String> keys = new TreeSet<>();
        for (String key : Collections.list(i18n.bundle().getKeys())) {
            if (PREFIXES.stream().anyMatch(key::startsWith)) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertFalse(keys(I18n.indonesian()).isEmpty());
        assertEquals(keys(I18n.indonesian()), keys(I18n.english()));
    }

    @Test
    void everyKindAndNipReasonHasAnIndonesianText() {
        for (AgencyKind kind : AgencyKind.values()) {
            assertTrue(I18n.indonesian().has(kind.labelKey()), kind.name());
            assertEquals(java.util.Optional.of(kind), AgencyKind.parse(I18n.indonesian().text(kind.labelKey())),
                    "the exported label imports back as the same kind");
        }
        for (String reason : List.of("length", "birthDate", "appointment", "gender", "sequence", "digits")) {
            assertTrue(I18n.indonesian().has("nip.error." + reason), reason);
        }
    }

    @Test
    void everyTeamKindAndRoleHasALabelInBothLanguages() {
        for (I18n i18n : List.of(I18n.indonesian(), I18n.english())) {
            for (TeamKind kind : TeamKind.values()) {
                assertTrue(i18n.has(kind.labelKey()), kind.name());
            }
            for (TeamRole role : TeamRole.values()) {
                assertTrue(i18n.has(role.labelKey()), role.name());
            }
        }
        assertEquals("Ketua", I18n.indonesian().text(TeamRole.KETUA.labelKey()));
    }

    @Test
    void countsAreNotGroupedLikeNumbers() {
        assertEquals("1234 pegawai diimpor dari a.csv (0 diperbarui).",
                I18n.indonesian().text("cli.person.imported", 1234, 0, "a.csv"));
    }
}
