package id.tata.organization.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NipRuleTest {

    @Test
    void wellFormedNipPassesWithOrWithoutSpaces() {
        assertTrue(NipRule.isValid("198001012005011001"));
        assertTrue(NipRule.isValid("19800101 200501 1 001"));
        assertTrue(NipRule.isValid("199602292020122003"), "29 February of a leap year is a real date");
    }

    @ParameterizedTest
    @CsvSource({
            "19800101200501100,   nip.error.length",
            "1980010120050110011, nip.error.length",
            "19800101200501100A,  nip.error.digits",
            "19801301200501 1001, nip.error.birthDate",
            "199702292020122003,  nip.error.birthDate",
            "198001012005131001,  nip.error.appointment",
            "198001012005001001,  nip.error.appointment",
            "198001012005013001,  nip.error.gender",
            "198001012005011000,  nip.error.sequence"})
    void eachWrongPartHasItsReason(String nip, String reason) {
        assertEquals(Optional.of(reason), NipRule.problem(nip));
    }

    @Test
    void blankIsNoNip() {
        assertNull(NipRule.normalize("   "));
        assertEquals("198001012005011001", NipRule.normalize(" 19800101 200501 1 001 "));
    }
}
