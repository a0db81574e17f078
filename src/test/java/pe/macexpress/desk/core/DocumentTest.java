package pe.macexpress.desk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentTest {

    private static DocumentError error(DocumentType type, String number, String check) {
        DocumentParse p = Document.parse(type, number, check);
        assertFalse(p.isValid(), "should be refused: " + number + "-" + check);
        return p.error();
    }

    @Test
    void acceptsAValidDniWithDigitOrLetter() {
        assertTrue(Document.parse(DocumentType.DNI, "10117410", "2").isValid());
        assertTrue(Document.parse(DocumentType.DNI, " 10117410 ", "g").isValid());
        assertEquals("G", Document.parse(DocumentType.DNI, "10117410", "g").document().check());
    }

    @Test
    void refusesEveryKindOfBadDni() {
        assertEquals(DocumentError.NUMBER_EMPTY, error(DocumentType.DNI, "", "2"));
        assertEquals(DocumentError.NUMBER_EMPTY, error(DocumentType.DNI, "   ", "2"));
        assertEquals(DocumentError.DNI_NOT_DIGITS, error(DocumentType.DNI, "1011741A", "2"));
        assertEquals(DocumentError.DNI_LENGTH, error(DocumentType.DNI, "1011741", "2"));
        assertEquals(DocumentError.DNI_LENGTH, error(DocumentType.DNI, "101174100", "2"));
        assertEquals(DocumentError.CHECK_EMPTY, error(DocumentType.DNI, "10117410", ""));
        assertEquals(DocumentError.CHECK_FORMAT, error(DocumentType.DNI, "10117410", "-"));
        assertEquals(DocumentError.CHECK_FORMAT, error(DocumentType.DNI, "10117410", "23"));
        assertEquals(DocumentError.CHECK_WRONG, error(DocumentType.DNI, "10117410", "3"));
        assertEquals(DocumentError.TYPE_MISSING, error(null, "10117410", "2"));
    }

    @Test
    void otherDocumentsFollowTheirFormats() {
        assertTrue(Document.parse(DocumentType.CE, "001234567", "").isValid());
        assertEquals(DocumentError.CE_FORMAT, error(DocumentType.CE, "12345", ""));
        assertTrue(Document.parse(DocumentType.PASAPORTE, "AB123456", "").isValid());
        assertEquals(DocumentError.PASSPORT_FORMAT, error(DocumentType.PASAPORTE, "AB-12", ""));
        assertTrue(Document.parse(DocumentType.PTP_CPP, "PTP1234567", "").isValid());
        assertEquals(DocumentError.PTP_FORMAT, error(DocumentType.PTP_CPP, "X1", ""));
    }

    @Test
    void commandLineFormAndMaskingNeverLeakTheNumber() {
        Document d = Document.parseDni("10117410-2").document();
        assertEquals("10117410", d.number());
        assertFalse(d.toString().contains("10117410"));
        assertEquals("*****410", d.masked());
        assertFalse(Document.parseDni("10117410").isValid());
    }

    @Test
    void attentionCodesAreShortAndUnambiguous() {
        for (int i = 0; i < 200; i++) {
            String code = AttentionCode.next();
            assertTrue(AttentionCode.isWellFormed(code), code);
            assertFalse(code.matches(".*[ILOU].*"), code);
        }
    }
}
