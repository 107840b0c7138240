package id.tata.workspace;

import id.tata.workspace.user.Permission;

import java.util.Optional;

import static id.tata.workspace.schema.Tables.GOVERNMENT_PROFILE;

/** Facts about a workspace for its start page, read without needing the settings feature. */
public final class WorkspaceOverview {
    private WorkspaceOverview() {}

    /** "Kota Pekalongan", "Kabupaten Lamongan"; empty while the profile has no name yet. */
    public static Optional<String> governmentName(Session session) {
        return session.read(Permission.WORKSPACE_READ, dsl -> dsl.selectFrom(GOVERNMENT_PROFILE)
                .where(GOVERNMENT_PROFILE.ID.eq(1L)).fetchOptional())
                .filter(p -> !p.getName().isBlank())
                .map(p -> ("KABUPATEN".equals(p.getKind()) ? "Kabupaten " : "Kota ") + p.getName().strip());
    }
}
