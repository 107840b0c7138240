package id.tata.organization.ui;

import id.tata.organization.domain.Agency;
import id.tata.organization.domain.Person;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which people the table shows: those of the chosen agency whose name, NIP, jabatan or agency contains the search
 * text. A NIP is matched with and without the spaces it is shown with, since users copy it either way.
 */
final class PersonFilter implements Predicate<Person> {
    private final String needle;
    private final String digits;
    private final Long agencyId;
    private final Function<Person, String> positionName;
    private final Function<Person, String> agencyName;

    PersonFilter(String text, Agency agency, Function<Person, String> positionName,
                 Function<Person, String> agencyName) {
        this.needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        this.digits = needle.replaceAll("[\\s.]", "");
        this.agencyId = agency == null ? null : agency.id();
        this.positionName = positionName;
        this.agencyName = agencyName;
    }

    @Override
    public boolean test(Person person) {
        if (agencyId != null && !agencyId.equals(person.agencyId())) {
            return false;
        }
        return needle.isEmpty()
                || contains(person.displayName())
                || (!digits.isEmpty() && person.nip() != null && person.nip().contains(digits))
                || contains(positionName.apply(person))
                || contains(agencyName.apply(person));
    }

    private boolean contains(String text) {
        return Objects.toString(text, "").toLowerCase(Locale.ROOT).contains(needle);
    }
}
