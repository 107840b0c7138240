package id.tata.organization.domain;

/**
 * A person of the regional government (usually a civil servant with a NIP). The NIP is kept as digits only, without
 * the spaces people write between its parts; whether it is a valid NIP is {@link NipRule}'s question.
 */
public record Person(Long id, String nip, String frontTitle, String name, String backTitle, String rank,
                     Long positionId, Long agencyId, String email, String phone) {
    public Person {
        nip = NipRule.normalize(nip);
        frontTitle = Text.optional(frontTitle);
        name = Text.required(name, "person.error.nameRequired");
        backTitle = Text.optional(backTitle);
        rank = Text.optional(rank);
        email = Text.optional(email);
        phone = Text.optional(phone);
    }

    public Person withId(Long newId) {
        return new Person(newId, nip, frontTitle, name, backTitle, rank, positionId, agencyId, email, phone);
    }

    public Person withPositionId(Long newPositionId) {
        return new Person(id, nip, frontTitle, name, backTitle, rank, newPositionId, agencyId, email, phone);
    }

    /** The name as official documents write it: "Dr. Ir. Budi Santoso, M.T.". */
    public String displayName() {
        String front = frontTitle.isEmpty() ? "" : frontTitle + " ";
        String back = backTitle.isEmpty() ? "" : ", " + backTitle;
        return front + name + back;
    }
}
