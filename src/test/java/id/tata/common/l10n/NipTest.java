package id.tata.common.l10n;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NipTest {
    private static final Year THIS_YEAR = Year.of(2026);

    @Test
    void validNipIsAcceptedAndDecoded() {
        NipCheck check = Nip.check("198001012005011001", THIS_YEAR);

        assertTrue(check.valid(), () -> "rejected: " + check.errorKey());
        Nip nip = check.nip().orElseThrow();
        assertEquals(LocalDate.of(1980, 1, 1), nip.birthDate());
        assertEquals(YearMonth.of(2005, 1), nip.appointment());
        assertEquals(Nip.MALE, nip.gender());
        assertEquals(1, nip.sequence());
        assertEquals("19800101 200501 1 001", nip.formatted());
        assertEquals("", check.message(I18n.indonesian()));
    }

    @Test
    void spacesAndDotsAreIgnored() {
        NipCheck check = Nip.check(" 19800101 200501 2 999\u00a0", THIS_YEAR);
        assertTrue(check.valid(), () -> "rejected: " + check.errorKey());
        assertEquals("198001012005012999", check.normalized());
        assertEquals(Nip.FEMALE, check.nip().orElseThrow().gender());
        assertTrue(Nip.check("19800101.200501.1.001", THIS_YEAR).valid());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "19800101200501100, nip.error.length",
        "1980010120050110011, nip.error.length",
        "'', nip.error.length",
        "19800101-200501-1-001, nip.error.digits",
        "1980010120050110O1, nip.error.digits",
        "198002302005011001, nip.error.birthDate",
        "198013012005011001, nip.error.birthDate",
        "193912312005011001, nip.error.birthDate",
        "202701012045011001, nip.error.birthDate",
        "198001011994121001, nip.error.appointment",
        "198001012005131001, nip.error.appointment",
        "198001012005001001, nip.error.appointment",
        "198001012005013001, nip.error.gender",
        "198001012005010001, nip.error.gender",
        "198001012005011000, nip.error.sequence",
    })
    void eachRuleNamesItsReason(String input, String expectedKey) {
        NipCheck check = Nip.check(input, THIS_YEAR);
        assertFalse(check.valid());
        assertEquals(expectedKey, check.errorKey());
        assertTrue(check.nip().isEmpty());
    }

    @Test
    void nullIsALengthError() {
        assertEquals("nip.error.length", Nip.check(null, THIS_YEAR).errorKey());
    }

    @Test
    void boundariesOfTheRulesAreAccepted() {
        assertTrue(Nip.check("194001012005011001", THIS_YEAR).valid(), "earliest birth year");
        assertTrue(Nip.check("198001011995011001", THIS_YEAR).valid(), "appointed in the year of turning 15");
        assertTrue(Nip.check("200002292025121001", THIS_YEAR).valid(), "leap day");
        assertFalse(Nip.check("202601012025121001", Year.of(2025)).valid(), "born after the current year");
    }

    @Test
    void rejectionMessageQuotesTheInput() {
        NipCheck check = Nip.check("1980 0101", THIS_YEAR);
        assertEquals("NIP 1980 0101 harus terdiri atas 18 angka.", check.message(I18n.indonesian()));
        assertEquals("NIP 1980 0101 must have 18 digits.", check.message(I18n.english()));
    }

    @Test
    void parseThrowsBadInputWithTheReason() {
        TataException error = assertThrows(TataException.class, () -> Nip.parse("198001012005013001"));
        assertEquals(ErrorKind.BAD_INPUT, error.kind());
        assertEquals("nip.error.gender", error.key());
        assertEquals(Nip.parse("19800101 200501 1 001"), Nip.parse("198001012005011001"));
    }

    @Test
    void ofBuildsFromPartsAndRefusesInvalidParts() {
        Nip nip = Nip.of(LocalDate.of(1985, 7, 9), YearMonth.of(2010, 3), Nip.FEMALE, 42);
        assertEquals("198507092010032042", nip.value());
        assertEquals(nip, Nip.parse(nip.value()));

        assertThrows(IllegalArgumentException.class,
                () -> Nip.of(LocalDate.of(1985, 7, 9), YearMonth.of(2010, 3), 3, 42));
        assertThrows(IllegalArgumentException.class,
                () -> Nip.of(LocalDate.of(1985, 7, 9), YearMonth.of(2010, 3), Nip.MALE, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Nip.of(LocalDate.of(1985, 7, 9), YearMonth.of(1999, 3), Nip.MALE, 1));
    }
}
