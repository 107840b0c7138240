package id.tata.organization.service;

import id.tata.importing.ImportPreview;
import id.tata.organization.OrgFixture;
import id.tata.organization.domain.Agency;
import id.tata.organization.domain.NipRule;
import id.tata.organization.domain.Person;
import id.tata.organization.domain.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keeps sample-data/ importable, and shows that an export imports back to the same organization. */
class SampleDataAndRoundTripTest {
    @TempDir
    Path dir;

    static void importSample(OrgFixture fx) {
        ImportPreview<AgencyRow> agencies = new AgencyImport().preview(fx.admin,
                OrgFixture.SAMPLE_DATA.resolve("agencies.csv"), Optional.empty());
        assertEquals(List.of(), agencies.problems());
        new AgencyImport().apply(fx.admin, agencies);
        ImportPreview<PersonRow> people = new PersonImport().preview(fx.admin,
                OrgFixture.SAMPLE_DATA.resolve("people.csv"), Optional.empty());
        assertEquals(List.of(), people.problems());
        new PersonImport().apply(fx.admin, people);
    }

    @Test
    void sampleDataImportsWithoutProblems() {
        try (OrgFixture fx = new OrgFixture(dir.resolve("a"))) {
            importSample(fx);
            List<Agency> agencies = new AgencyService().list(fx.admin);
            List<Person> people = new PersonService().list(fx.admin);
            assertTrue(agencies.size() >= 35, "agencies: " + agencies.size());
            assertTrue(people.size() >= 80, "people: " + people.size());
            assertTrue(people.stream().allMatch(p -> NipRule.isValid(p.nip())));
            Agency kominfo = new AgencyService().findByCode(fx.admin, "2.16").orElseThrow();
            assertEquals("Diskominfo", kominfo.shortName());
            assertTrue(new PersonService().listByAgency(fx.admin, kominfo.id()).size() >= 15);
        }
    }

    @Test
    void exportedWorkbooksImportIntoAFreshWorkspaceAsTheSameOrganization() {
        Path agencyFile = dir.resolve("pd.xlsx");
        Path peopleFile = dir.resolve("pegawai.xlsx");
        List<List<Object>> agenciesBefore;
        List<List<Object>> peopleBefore;
        try (OrgFixture fx = new OrgFixture(dir.resolve("a"))) {
            importSample(fx);
            assertEquals(42, new OrganizationExport().exportAgencies(fx.admin, agencyFile));
            new OrganizationExport().exportPeople(fx.admin, peopleFile);
            agenciesBefore = agencyFacts(fx);
            peopleBefore = peopleFacts(fx);
        }
        try (OrgFixture fresh = new OrgFixture(dir.resolve("b"))) {
            ImportPreview<AgencyRow> agencies = new AgencyImport().preview(fresh.admin, agencyFile, Optional.empty());
            assertEquals(List.of(), agencies.problems());
            new AgencyImport().apply(fresh.admin, agencies);
            ImportPreview<PersonRow> people = new PersonImport().preview(fresh.admin, peopleFile, Optional.empty());
            assertEquals(List.of(), people.problems());
            new PersonImport().apply(fresh.admin, people);
            assertEquals(agenciesBefore, agencyFacts(fresh));
            assertEquals(peopleBefore, peopleFacts(fresh));
        }
    }

    /** Agencies as comparable facts: ids differ between workspaces, so the parent is named by its code. */
    private static List<List<Object>> agencyFacts(OrgFixture fx) {
        List<Agency> all = new AgencyService().list(fx.admin);
        Function<Long, String> code = id -> id == null ? "" : all.stream().filter(a -> a.id().equals(id))
                .findFirst().orElseThrow().code();
        return all.stream().map(a -> List.<Object>of(a.code(), a.name(), a.shortName(), a.kind(),
                code.apply(a.parentId()), a.address())).toList();
    }

    private static List<List<Object>> peopleFacts(OrgFixture fx) {
        AgencyService agencies = new AgencyService();
        PositionService positions = new PositionService();
        return new PersonService().list(fx.admin).stream().map(p -> List.<Object>of(p.nip(), p.displayName(),
                p.rank(), positions.find(fx.admin, p.positionId()).map(Position::name).orElse(""),
                agencies.find(fx.admin, p.agencyId()).orElseThrow().code(), p.email(), p.phone())).toList();
    }
}
