package id.tata.organization.domain;

/** A jabatan within a Perangkat Daerah, e.g. "Kepala Bidang Aplikasi Informatika". A null id is a draft. */
public record Position(Long id, String name, Long agencyId, String echelon) {
    public Position {
        name = Text.required(name, "position.error.nameRequired");
        echelon = Text.optional(echelon);
    }

    public Position withId(Long newId) {
        return new Position(newId, name, agencyId, echelon);
    }
}
