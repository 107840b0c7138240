package id.tata.organization.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.organization.OrgFixture;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.organization.domain.Person;
import id.tata.workspace.Session;
import id.tata.workspace.user.Role;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.Map;

import static id.tata.organization.OrgFixture.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PermissionTest {
    @TempDir
    Path dir;

    private final AgencyService agencies = new AgencyService();

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SECRETARIAT", "OPERATOR", "SUPERVISOR"})
    void rolesWithoutOrganizationEditMayReadButNotChange(Role role) {
        try (OrgFixture fx = new OrgFixture(dir)) {
            Agency existing = agencies.create(fx.admin, draft("2.16", "Diskominfo", AgencyKind.SERVICE_OFFICE, null));
            Session user = fx.userWith(role);
            Map<String, Integer> before = fx.counts();

            assertEquals(1, agencies.list(user).size());
            refused(() -> agencies.create(user, draft("5.01", "Bappeda", AgencyKind.BOARD, null)));
            refused(() -> agencies.update(user, new Agency(existing.id(), "2.16", "Ganti", "", AgencyKind.OTHER,
                    null, "")));
            refused(() -> agencies.delete(user, existing.id()));
            refused(() -> new PersonService().create(user, new Person(null, null, "", "Budi", "", "", null,
                    existing.id(), "", "")));
            assertEquals(before, fx.counts());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ANALYST"})
    void analystMayChangeTheOrganization(Role role) {
        try (OrgFixture fx = new OrgFixture(dir)) {
            Session user = fx.userWith(role);
            Agency a = agencies.create(user, draft("2.16", "Diskominfo", AgencyKind.SERVICE_OFFICE, null));
            agencies.delete(user, a.id());
            assertEquals(0, agencies.list(user).size());
        }
    }

    private static void refused(Executable call) {
        TataException e = assertThrows(TataException.class, call);
        assertEquals(ErrorKind.REFUSED, e.kind());
        assertEquals("error.forbidden", e.key());
    }
}
