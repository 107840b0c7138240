package id.tata.common.l10n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IndonesianFormatTest {

    @Test
    void longDateUsesIndonesianMonthAndNoLeadingZero() {
        assertEquals("25 November 2026", IndonesianFormat.longDate(LocalDate.of(2026, 11, 25)));
        assertEquals("1 Januari 2025", IndonesianFormat.longDate(LocalDate.of(2025, 1, 1)));
        assertEquals("9 Agustus 1945", IndonesianFormat.longDate(LocalDate.of(1945, 8, 9)));
    }

    @Test
    void everyMonthHasItsIndonesianName() {
        String[] expected = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"};
        for (int month = 1; month <= 12; month++) {
            assertEquals(expected[month - 1], IndonesianFormat.monthName(month));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1250000 | Rp1.250.000,00",
        "-1250000 | -Rp1.250.000,00",
        "0 | Rp0,00",
        "999 | Rp999,00",
        "1000 | Rp1.000,00",
        "1234567.891 | Rp1.234.567,89",
        "0.005 | Rp0,01",
        "-0.001 | Rp0,00",
        "100000000000 | Rp100.000.000.000,00",
    })
    void rupiah(String amount, String expected) {
        assertEquals(expected, IndonesianFormat.rupiah(new BigDecimal(amount)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234.56 | 2 | 1.234,56",
        "1234.565 | 2 | 1.234,57",
        "1234567 | 0 | 1.234.567",
        "-1234.5 | 1 | -1.234,5",
        "12 | 3 | 12,000",
        "123456 | 0 | 123.456",
    })
    void numberUsesIndonesianGrouping(String value, int decimals, String expected) {
        assertEquals(expected, IndonesianFormat.number(new BigDecimal(value), decimals));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 | nol",
        "1 | satu",
        "10 | sepuluh",
        "11 | sebelas",
        "12 | dua belas",
        "19 | sembilan belas",
        "20 | dua puluh",
        "21 | dua puluh satu",
        "99 | sembilan puluh sembilan",
        "100 | seratus",
        "101 | seratus satu",
        "111 | seratus sebelas",
        "200 | dua ratus",
        "999 | sembilan ratus sembilan puluh sembilan",
        "1000 | seribu",
        "1001 | seribu satu",
        "1100 | seribu seratus",
        "2000 | dua ribu",
        "11000 | sebelas ribu",
        "100000 | seratus ribu",
        "101000 | seratus satu ribu",
        "1000000 | satu juta",
        "1250000 | satu juta dua ratus lima puluh ribu",
        "1001000 | satu juta seribu",
        "1000000000 | satu miliar",
        "2000000001 | dua miliar satu",
        "1000000000000 | satu triliun",
        "15300000000000 | lima belas triliun tiga ratus miliar",
        "1000000000000000 | seribu triliun",
        "-45 | minus empat puluh lima",
    })
    void terbilangOfWholeNumbers(long amount, String expected) {
        assertEquals(expected, IndonesianFormat.terbilang(amount));
        assertEquals(expected, IndonesianFormat.terbilang(BigDecimal.valueOf(amount)));
    }

    @Test
    void terbilangReadsDecimalsDigitByDigit() {
        assertEquals("satu koma dua lima", IndonesianFormat.terbilang(new BigDecimal("1.25")));
        assertEquals("nol koma nol lima", IndonesianFormat.terbilang(new BigDecimal("0.050")));
        assertEquals("dua belas", IndonesianFormat.terbilang(new BigDecimal("12.00")));
        assertEquals("minus tiga koma lima", IndonesianFormat.terbilang(new BigDecimal("-3.5")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1250000 | satu juta dua ratus lima puluh ribu rupiah",
        "0 | nol rupiah",
        "1000 | seribu rupiah",
        "1250000.25 | satu juta dua ratus lima puluh ribu rupiah dua puluh lima sen",
        "11.5 | sebelas rupiah lima puluh sen",
        "100.011 | seratus rupiah satu sen",
        "0.25 | dua puluh lima sen",
        "99.999 | seratus rupiah",
        "-5000 | minus lima ribu rupiah",
    })
    void rupiahInWords(String amount, String expected) {
        assertEquals(expected, IndonesianFormat.rupiahInWords(new BigDecimal(amount)));
    }

    @Test
    void terbilangRefusesWhatItCannotSay() {
        assertThrows(IllegalArgumentException.class, () -> IndonesianFormat.terbilang(Long.MIN_VALUE));
        assertThrows(IllegalArgumentException.class,
                () -> IndonesianFormat.terbilang(new BigDecimal("1e30")));
    }

    @ParameterizedTest
    @CsvSource({"1, I", "4, IV", "9, IX", "11, XI", "12, XII", "40, XL", "1990, MCMXC", "2026, MMXXVI",
        "3999, MMMCMXCIX"})
    void romanNumerals(int value, String expected) {
        assertEquals(expected, IndonesianFormat.romanNumeral(value));
    }

    @Test
    void romanMonthsAndTheirLimits() {
        assertEquals("XI", IndonesianFormat.romanMonth(11));
        assertEquals("I", IndonesianFormat.romanMonth(1));
        assertEquals("XII", IndonesianFormat.romanMonth(12));
        assertThrows(IllegalArgumentException.class, () -> IndonesianFormat.romanMonth(0));
        assertThrows(IllegalArgumentException.class, () -> IndonesianFormat.romanMonth(13));
        assertThrows(IllegalArgumentException.class, () -> IndonesianFormat.romanNumeral(0));
        assertThrows(IllegalArgumentException.class, () -> IndonesianFormat.romanNumeral(4000));
    }

    @Test
    void formatNipGroupsEightSixOneThree() {
        assertEquals("19800101 200501 1 001", IndonesianFormat.formatNip("198001012005011001"));
        assertEquals("19800101 200501 1 001", IndonesianFormat.formatNip("19800101.200501.1.001"));
        assertThrows(IllegalArgumentException.class, () -> IndonesianFormat.formatNip("19800101200501100"));
        assertThrows(IllegalArgumentException.class, () -> IndonesianFormat.formatNip("19800101200501100X"));
    }
}
