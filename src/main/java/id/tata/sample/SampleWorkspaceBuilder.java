package id.tata.sample;

import id.tata.organization.service.AgencyImport;
import id.tata.organization.service.PersonImport;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.settings.GovernmentKind;
import id.tata.workspace.settings.GovernmentProfile;
import id.tata.workspace.settings.LetterheadImage;
import id.tata.workspace.settings.PaperProfile;
import id.tata.workspace.settings.SettingsService;
import id.tata.workspace.settings.Signatory;
import id.tata.workspace.settings.SignerRole;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.UserService;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Builds the "Kota Contoh" workspace from the human-readable sources in sample-data/, through the same services a
 * user's import would use — so the sample also proves that those sources import cleanly.
 */
public final class SampleWorkspaceBuilder {
    /**
     * Part of the cached template's name (with the sources' digest): raise it when a change of this code changes what
     * it builds, so that every machine rebuilds its cached Kota Contoh instead of serving the old one.
     */
    static final int RECIPE_VERSION = 5;

    private final UserService users = new UserService();
    private final SettingsService settings = new SettingsService();

    /** Creates {@code target} (which must not exist) and fills it. */
    public Path build(Path target) {
        try (Workspace ws = new WorkspaceStore().create(target)) {
            Session admin = createUsers(ws);
            settings.saveProfile(admin, profile());
            signatories().forEach(s -> settings.saveSignatory(admin, s));
            settings.setImage(admin, LetterheadImage.EMBLEM, SampleSources.bytes("emblem.png"));
            // the same neutral placeholder stands in for the agency logo of Diskominfo's kop
            settings.setImage(admin, LetterheadImage.LOGO, SampleSources.bytes("emblem.png"));
            importOrganization(admin);
            new SampleTeams().build(admin, csv("teams.csv"), csv("team-members.csv"));
            assessments(ws, admin);
            return ws.file();
        }
    }

    private Session createUsers(Workspace ws) {
        List<String[]> rows = csv("users.csv");
        String[] first = rows.get(0);
        Session admin = users.createFirstAdmin(ws, first[0], first[1], first[3].toCharArray());
        rows.stream().skip(1).forEach(r -> users.add(admin, r[0], r[1], Role.valueOf(r[2]), r[3].toCharArray()));
        return admin;
    }

    static GovernmentProfile profile() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(SampleSources.utf8("profile.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GovernmentProfile(GovernmentKind.valueOf(p.getProperty("kind")), p.getProperty("name"),
                p.getProperty("province"), p.getProperty("regionHeadName"), p.getProperty("regionalSecretaryName"),
                p.getProperty("gcioName"), p.getProperty("address"), p.getProperty("cityOfIssue"),
                p.getProperty("phone"), p.getProperty("email"), p.getProperty("website"), p.getProperty("postalCode"),
                PaperProfile.valueOf(p.getProperty("paperProfile")));
    }

    static List<Signatory> signatories() {
        return csv("signatories.csv").stream().map(r -> new Signatory(null, SignerRole.valueOf(r[0]), r[1], r[2],
                r[3], r[4], Boolean.parseBoolean(r[5]))).toList();
    }

    private static void importOrganization(Session admin) {
        Path dir = tempDir();
        try {
            AgencyImport agencies = new AgencyImport();
            agencies.apply(admin, agencies.preview(admin, SampleSources.copyTo("agencies.csv", dir), Optional.empty()));
            PersonImport people = new PersonImport();
            people.apply(admin, people.preview(admin, SampleSources.copyTo("people.csv", dir), Optional.empty()));
        } finally {
            deleteTree(dir);
        }
    }

    /** The 2025 SPBE assessment (finished) and the 2026 PEMDI one (in progress), entered as their users would. */
    private void assessments(Workspace ws, Session admin) {
        Path dir = tempDir();
        try {
            Session operator = users.login(ws, "operator", password("operator"));
            Session supervisor = users.login(ws, "supervisor", password("supervisor"));
            new SampleAssessments(operator, supervisor).build(
                    SampleSources.copyTo("evaluation-2025-levels.csv", dir),
                    tsv("evaluation-2025-answers.tsv"), tsv("evaluation-2026-answers.tsv"));
        } finally {
            deleteTree(dir);
        }
    }

    private static char[] password(String username) {
        return csv("users.csv").stream().filter(r -> r[0].equals(username)).findFirst().orElseThrow()[3]
                .toCharArray();
    }

    /** Tab-separated sources: their texts contain commas. */
    private static List<String[]> tsv(String name) {
        return SampleSources.utf8(name).lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1)).toList();
    }

    /** The small CSV files of the sample have no quoted fields; the organization files go through the importer. */
    private static List<String[]> csv(String name) {
        return SampleSources.utf8(name).lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",", -1)).toList();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("tata-sample-src");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
