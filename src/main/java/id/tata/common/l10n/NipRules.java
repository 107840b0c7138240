package id.tata.common.l10n;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** The structural rules of a NIP, checked in the order a person reads the number, so the first fault is named. */
final class NipRules {
    private NipRules() {}

    /** The message key of the first broken rule, or null when the normalized digits form a valid NIP. */
    static String firstError(String digits, int currentYear) {
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "nip.error.digits";
        }
        if (digits.length() != Nip.LENGTH) {
            return "nip.error.length";
        }
        LocalDate birth;
        try {
            birth = birthDate(digits);
        } catch (DateTimeException e) {
            return "nip.error.birthDate";
        }
        if (birth.getYear() < Nip.EARLIEST_BIRTH_YEAR || birth.getYear() > currentYear) {
            return "nip.error.birthDate";
        }
        YearMonth appointed;
        try {
            appointed = appointment(digits);
        } catch (DateTimeException e) {
            return "nip.error.appointment";
        }
        if (appointed.getYear() < birth.getYear() + Nip.MINIMUM_APPOINTMENT_AGE) {
            return "nip.error.appointment";
        }
        int gender = digits.charAt(14) - '0';
        if (gender != Nip.MALE && gender != Nip.FEMALE) {
            return "nip.error.gender";
        }
        return digits.endsWith("000") ? "nip.error.sequence" : null;
    }

    static LocalDate birthDate(String digits) {
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }

    static YearMonth appointment(String digits) {
        return YearMonth.of(Integer.parseInt(digits.substring(8, 12)), Integer.parseInt(digits.substring(12, 14)));
    }
}
