package pe.macexpress.desk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Vectors from shared/docs/pide-and-documents.md. */
class CheckDigitsTest {

    @Test
    void dniVectorsFromTheSpecification() {
        assertEquals('2', DniCheck.digit("10117410"));
        assertEquals('G', DniCheck.letter("10117410"));
        assertEquals('1', DniCheck.digit("12345678"));
        assertEquals('E', DniCheck.letter("12345678"));
    }

    @Test
    void dniAcceptsDigitOrLetterInEitherCase() {
        assertTrue(DniCheck.matches("10117410", '2'));
        assertTrue(DniCheck.matches("10117410", 'G'));
        assertTrue(DniCheck.matches("10117410", 'g'));
        assertTrue(DniCheck.matches("12345678", '1'));
        assertTrue(DniCheck.matches("12345678", 'E'));
    }

    @Test
    void dniRefusesWrongCheckCharacters() {
        assertFalse(DniCheck.matches("10117410", '3'));
        assertFalse(DniCheck.matches("10117410", 'H'));
        assertFalse(DniCheck.matches("12345678", '2'));
        assertFalse(DniCheck.matches("1234567", '1'));
        assertFalse(DniCheck.matches("1234567A", '1'));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20512333797", "10101174102"})
    void validRucs(String ruc) {
        assertTrue(RucCheck.isValid(ruc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20512333798", "10101174103", "2051233379", "205123337970", "30512333797",
        "2051233379A", ""})
    void invalidRucs(String ruc) {
        assertFalse(RucCheck.isValid(ruc));
    }

    @Test
    void naturalPersonRucIsPrefixDniAndCheckDigit() {
        // "10" + DNI 10117410 + check digit: the specification's own example.
        assertTrue(RucCheck.isValid("10" + "10117410" + "2"));
        assertFalse(RucCheck.isValid(null));
    }
}
