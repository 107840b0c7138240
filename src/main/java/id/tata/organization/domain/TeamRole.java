package id.tata.organization.domain;

/**
 * A member's place in a team ("Jabatan dalam Tim"), as the regulations name them. The names are stored; the
 * Indonesian words a decree prints live in the message bundles under {@code team.role.<NAME>}. The names are the
 * Indonesian terms because no English word carries what, say, a Pengarah is in these decrees.
 */
public enum TeamRole {
    PENGARAH,
    WAKIL_PENGARAH,
    PENANGGUNG_JAWAB,
    KETUA,
    WAKIL_KETUA,
    KOORDINATOR,
    SEKRETARIS,
    SUPERVISOR,
    OPERATOR,
    ASESOR,
    ANGGOTA;

    public String labelKey() {
        return "team.role." + name();
    }
}
