package pe.macexpress.desk.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.catalog.CaptureForm;
import pe.macexpress.desk.catalog.FormField;
import pe.macexpress.desk.testing.TestCatalogs;

/**
 * Each field type of the test catalogue's {@code sis-afiliacion/1} form with values an advisor
 * types: accepted ones (and the canonical text kept), refused ones (and the message key shown).
 */
class FieldRulesTest {
    private static final CaptureForm FORM = TestCatalogs.channels().find("sis-afiliacion").orElseThrow().form();

    private static FormField field(String id) {
        return FORM.field(id).orElseThrow();
    }

    @ParameterizedTest(name = "{0} accepts \"{1}\" as \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "nombre      | Rosa Quispe                | Rosa Quispe",
            "hijos       | 0                          | 0",
            "hijos       | 20                         | 20",
            "hijos       | 2,0                        | 2",
            "hijos       | 2.50                       | 2.5",
            "nacimiento  | 1990-03-15                 | 1990-03-15",
            "nacimiento  | 15/03/1990                 | 1990-03-15",
            "nacimiento  | 5/3/1990                   | 1990-03-05",
            "estado_civil| casado                     | casado",
            "telefono    | 987654321                  | 987654321",
            "telefono    | 987 654 321                | 987654321",
            "telefono    | +51 987 654 321            | 987654321",
            "telefono    | (01) 426-1234              | 014261234",
            "telefono    | 084 234567                 | 084234567",
            "correo      | Rosa.Quispe@Example.pe     | rosa.quispe@example.pe",
            "dni_titular | 12345678                   | 12345678",
            "dni_titular | 12345678-1                 | 12345678-1",
            "dni_titular | 12345678 e                 | 12345678-E",
            "ubigeo      | 080101                     | 080101",
            "ubigeo      | 250301                     | 250301",
            "gestante    | si                         | si",
            "gestante    | no                         | no"})
    void acceptsAndKeepsTheCanonicalForm(String id, String typed, String kept) {
        assertEquals(Optional.empty(), FieldRules.check(field(id), typed), id + " " + typed);
        assertEquals(kept, FieldRules.canonical(field(id), typed));
    }

    @ParameterizedTest(name = "{0} refuses \"{1}\" with {2}")
    @CsvSource(delimiter = '|', value = {
            "nombre      | ''                    | capture.error.required",
            "hijos       | dos                   | capture.error.number",
            "hijos       | 2,5,1                 | capture.error.number",
            "hijos       | -1                    | capture.error.number.min",
            "hijos       | 21                    | capture.error.number.max",
            "nacimiento  | 31/02/1990            | capture.error.date",
            "nacimiento  | 1990-13-01            | capture.error.date",
            "nacimiento  | ayer                  | capture.error.date",
            "estado_civil| viudo                 | capture.error.choice",
            "telefono    | 87654321              | capture.error.phone",
            "telefono    | 887654321             | capture.error.phone",
            "telefono    | 9876543210            | capture.error.phone",
            "telefono    | 099 123456            | capture.error.phone",
            "telefono    | 98765432a             | capture.error.phone",
            "correo      | rosa@                 | capture.error.email",
            "correo      | rosa quispe@mail.pe   | capture.error.email",
            "correo      | rosa@mail             | capture.error.email",
            "dni_titular | 1234567               | capture.error.docnumber",
            "dni_titular | 1234567A              | capture.error.docnumber",
            "dni_titular | 12345678-5            | capture.error.docnumber.check",
            "ubigeo      | 260101                | capture.error.ubigeo",
            "ubigeo      | 000101                | capture.error.ubigeo",
            "ubigeo      | 080001                | capture.error.ubigeo",
            "ubigeo      | 08010                 | capture.error.ubigeo",
            "gestante    | tal vez               | capture.error.yesno"})
    void refusesWithAMessageKey(String id, String typed, String key) {
        assertEquals(key, FieldRules.check(field(id), typed).map(FieldProblem::key).orElse("accepted"), id + " " + typed);
    }

    @Test
    void aTextLongerThanItsMaximumSaysTheMaximumAndNeverTheValue() {
        FieldProblem p = FieldRules.check(field("nombre"), "R".repeat(81)).orElseThrow();
        assertEquals("capture.error.text.long", p.key());
        assertEquals(java.util.List.of("80"), p.args());
        assertEquals(Optional.empty(), FieldRules.check(field("nombre"), "R".repeat(80)));
    }

    @Test
    void anOptionalFieldMayStayEmptyAndARequiredDocumentNeedsOne() {
        assertEquals(Optional.empty(), FieldRules.check(field("correo"), "  "));
        assertEquals(Optional.empty(), FieldRules.check(field("hijos"), ""));
        assertEquals("capture.error.document.required",
                FieldRules.checkDocuments(field("recibo"), 0).orElseThrow().key());
        assertTrue(FieldRules.checkDocuments(field("recibo"), 1).isEmpty());
        assertTrue(FieldRules.checkDocuments(field("firma"), 0).isEmpty(), "the signature is optional in this form");
    }
}
