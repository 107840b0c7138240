package id.tata.common.l10n;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * A civil servant's NIP (Nomor Induk Pegawai): 18 digits = birth date yyyyMMdd, appointment (TMT CPNS) yyyyMM,
 * gender (1 male, 2 female) and a sequence 001..999. The structure is checked, so a typo in an imported sheet
 * is caught with a reason the user can act on; whether the person exists is not something we can know.
 */
public final class Nip {
    public static final int LENGTH = 18;
    public static final int MALE = 1;
    public static final int FEMALE = 2;
    /** Nobody born earlier is still in service; older dates in a sheet are typos. */
    static final int EARLIEST_BIRTH_YEAR = 1940;
    /** Nobody is appointed a civil servant before this age. */
    static final int MINIMUM_APPOINTMENT_AGE = 15;

    private final String digits;

    private Nip(String digits) {
        this.digits = digits;
    }

    /** Checks input as typed or imported (spaces and dots ignored), judged against the current year. */
    public static NipCheck check(String input) {
        return check(input, Year.now());
    }

    /** As {@link #check(String)} but against a given current year, so tests do not age. */
    public static NipCheck check(String input, Year currentYear) {
        String digits = normalize(input);
        String error = NipRules.firstError(digits, currentYear.getValue());
        return new NipCheck(input, digits, error, error == null ? new Nip(digits) : null);
    }

    /** The NIP or a BAD_INPUT error naming why it was refused. */
    public static Nip parse(String input) {
        NipCheck result = check(input);
        return result.nip().orElseThrow(() -> new TataException(ErrorKind.BAD_INPUT, result.errorKey(),
                String.valueOf(input)));
    }

    /** Builds a NIP from its parts, for sample data and tests; the parts must make a valid NIP. */
    public static Nip of(LocalDate birth, YearMonth appointment, int gender, int sequence) {
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(appointment, "appointment");
        String digits = String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d%03d", birth.getYear(),
                birth.getMonthValue(), birth.getDayOfMonth(), appointment.getYear(), appointment.getMonthValue(),
                gender, sequence);
        NipCheck result = check(digits);
        return result.nip().orElseThrow(() -> new IllegalArgumentException(
                "Not a valid NIP (" + result.errorKey() + "): " + digits));
    }

    /** Removes what people type between the groups (spaces, dots); everything else is kept to be judged. */
    public static String normalize(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(input.length());
        input.codePoints()
                .filter(c -> c != '.' && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    public String value() {
        return digits;
    }

    /** "19800101 200501 1 001" */
    public String formatted() {
        return IndonesianFormat.formatNip(digits);
    }

    public LocalDate birthDate() {
        return NipRules.birthDate(digits);
    }

    public YearMonth appointment() {
        return NipRules.appointment(digits);
    }

    /** {@link #MALE} or {@link #FEMALE}. */
    public int gender() {
        return digits.charAt(14) - '0';
    }

    public int sequence() {
        return Integer.parseInt(digits.substring(15));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nip nip && nip.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return digits;
    }
}
