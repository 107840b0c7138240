package id.tata.organization.domain;

/**
 * A team member as a decree prints it ("Jabatan dalam Tim | Jabatan/Kedudukan"), with the names already resolved,
 * so that composers need no repository. Texts are empty, never null, when the member has no such part.
 *
 * @param order      1 for the first member
 * @param positionName the position's name, e.g. "Kepala Dinas"
 * @param agencyName the Perangkat Daerah of the position (of the person, when there is no position), full name
 * @param personName with front and back titles as printed: "Dr. H. Agus Santoso, S.H., M.Si."
 * @param nip        formatted as printed: "19670113 199003 1 009"
 * @param title      the member's description, for members without position or in addition to it
 */
public record TeamMemberView(int order, TeamRole role, String positionName, String agencyName, String personName,
                             String nip, String title) {
    public TeamMemberView {
        positionName = Text.optional(positionName);
        agencyName = Text.optional(agencyName);
        personName = Text.optional(personName);
        nip = Text.optional(nip);
        title = Text.optional(title);
    }

    /**
     * What the "Jabatan/Kedudukan" column says: the description when there is one, otherwise the position with its
     * Perangkat Daerah ("Kepala Dinas Komunikasi dan Informatika"), otherwise the person's name.
     */
    public String standing() {
        if (!title.isEmpty()) {
            return title;
        }
        if (!positionName.isEmpty()) {
            return PositionLabel.withAgency(positionName, agencyName);
        }
        return personName;
    }
}
