package id.tata.organization.service;

/**
 * One person as an import file gives it. The agency is named by code (or by name or short name) and resolved to
 * {@code agencyId} during the preview; the position is a name, created under that agency when it is new.
 */
public record PersonRow(String nip, String frontTitle, String name, String backTitle, String rank, String position,
                        String agency, Long agencyId, String email, String phone, Long existingId) {

    PersonRow resolved(Long newAgencyId, Long newExistingId) {
        return new PersonRow(nip, frontTitle, name, backTitle, rank, position, agency, newAgencyId, email, phone,
                newExistingId);
    }
}
