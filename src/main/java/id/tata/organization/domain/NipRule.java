package id.tata.organization.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The shape of a NIP (Nomor Induk Pegawai): 18 digits = birth date yyyyMMdd, appointment yyyyMM, gender (1 man,
 * 2 woman) and a three-digit sequence number. Only the shape can be checked offline, not whether the person exists.
 */
public final class NipRule {
    public static final int LENGTH = 18;

    private NipRule() {}

    /** Removes the spaces people write between the parts; blank becomes null (no NIP). */
    public static String normalize(String nip) {
        if (nip == null) {
            return null;
        }
        String compact = nip.replaceAll("\\s+", "");
        return compact.isEmpty() ? null : compact;
    }

    /** Empty when the NIP is well formed; otherwise the message key of the first reason it is not. */
    public static Optional<String> problem(String nip) {
        String n = normalize(nip);
        if (n == null || !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("person.error.nipDigits");
        }
        if (n.length() != LENGTH) {
            return Optional.of("person.error.nipLength");
        }
        if (!isDate(n.substring(0, 4), n.substring(4, 6), n.substring(6, 8))) {
            return Optional.of("person.error.nipBirthDate");
        }
        int month = Integer.parseInt(n.substring(12, 14));
        if (month < 1 || month > 12 || Integer.parseInt(n.substring(8, 12)) < 1900) {
            return Optional.of("person.error.nipAppointment");
        }
        if (n.charAt(14) != '1' && n.charAt(14) != '2') {
            return Optional.of("person.error.nipGender");
        }
        return n.endsWith("000") ? Optional.of("person.error.nipSequence") : Optional.empty();
    }

    public static boolean isValid(String nip) {
        return problem(nip).isEmpty();
    }

    private static boolean isDate(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return date.getYear() >= 1900;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
