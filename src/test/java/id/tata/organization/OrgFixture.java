package id.tata.organization;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.AgencyKind;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.WorkspaceStore;
import id.tata.workspace.user.Role;
import id.tata.workspace.user.UserService;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static id.tata.workspace.schema.Tables.AGENCY;
import static id.tata.workspace.schema.Tables.AUDIT_LOG;
import static id.tata.workspace.schema.Tables.PERSON;
import static id.tata.workspace.schema.Tables.POSITION;

/** A fresh workspace with an admin session, and helpers the organization tests share. */
public final class OrgFixture implements AutoCloseable {
    public static final char[] PASSWORD = "rahasia-123".toCharArray();
    public static final Path SAMPLE_DATA = Path.of("sample-data");

    public final Workspace workspace;
    public final Session admin;

    public OrgFixture(Path dir) {
        this.workspace = new WorkspaceStore(1).create(dir.resolve("kota-contoh.tata"));
        this.admin = new UserService().createFirstAdmin(workspace, "admin", "Admin Kota", PASSWORD);
    }

    public Session userWith(Role role) {
        String name = role.name().toLowerCase();
        new UserService().add(admin, name, "Pengguna " + name, role, PASSWORD);
        return new UserService().login(workspace, name, PASSWORD);
    }

    public static Agency draft(String code, String name, AgencyKind kind, Long parentId) {
        return new Agency(null, code, name, "", kind, parentId, "");
    }

    /** Row counts of the organization tables and the audit log: equal before and after means nothing was written. */
    public Map<String, Integer> counts() {
        return workspace.read(dsl -> new TreeMap<>(Map.of(
                "agency", dsl.fetchCount(AGENCY), "position", dsl.fetchCount(POSITION),
                "person", dsl.fetchCount(PERSON), "audit_log", dsl.fetchCount(AUDIT_LOG))));
    }

    @Override
    public void close() {
        workspace.close();
    }
}
