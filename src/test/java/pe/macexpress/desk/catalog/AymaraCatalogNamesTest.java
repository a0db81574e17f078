package pe.macexpress.desk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the bundled catalogue names its most used procedures in Aymara (not yet reviewed, like
 * the bundle); every other text falls back to Spanish, and the catalogue still opens as the bundled one.
 */
class AymaraCatalogNamesTest {
    private static final int MOST_USED = 12;

    @Test
    void theTwelveMostUsedProceduresHaveAnAymaraNameThatIsNotTheSpanishOne() {
        Catalog c = Catalog.bundled();
        List<Procedure> top = c.all().stream().sorted(Comparator.comparingInt(Procedure::popularity).reversed())
                .limit(MOST_USED).toList();
        assertEquals(MOST_USED, top.size());
        for (Procedure p : top) {
            String ay = p.name().byLanguage().get("ay");
            assertTrue(ay != null && !ay.isBlank(), p.id() + " has no Aymara name");
            assertNotEquals(p.name("es"), ay, p.id());
            assertNotEquals(p.name("qu"), ay, p.id() + ": Quechua is not Aymara");
            assertEquals(ay, c.procedureName(p.id(), "ay"));
            String lower = ay.toLowerCase(Locale.ROOT);
            for (String spanish : List.of("renovación", "duplicado", "consulta", "pago", "afiliación", "para ", " de ")) {
                assertFalse(lower.contains(spanish), p.id() + ": Spanish word '" + spanish + "' in " + ay);
            }
        }
        assertEquals("DNI machaqtayaña (jach'a jaqinakataki)", c.procedureName("reniec-dni-renovacion", "ay"));
    }

    @Test
    void whatTheCatalogueDoesNotSayInAymaraIsSpanish() {
        Catalog c = Catalog.bundled();
        Procedure least = c.all().stream().min(Comparator.comparingInt(Procedure::popularity)).orElseThrow();
        assertFalse(least.name().byLanguage().containsKey("ay"));
        assertEquals(least.name("es"), least.name("ay"));
        Procedure renewal = c.find("reniec-dni-renovacion").orElseThrow();
        assertEquals(renewal.requirements("es"), renewal.requirements("ay"), "requirements not translated yet");
    }

    @Test
    void theBundledCatalogueWithAymaraNamesStillOpensAsTheBundledOne() throws CatalogException {
        // No signature: the bundled catalogue is trusted as the application is, by its exact bytes.
        Catalog bundled = Catalog.bundled();
        SignedCatalog envelope = SignedCatalog.read(SignedCatalog.bundled(bundled).toBytes());
        assertFalse(envelope.isSigned());
        assertTrue(envelope.open(null, bundled) == bundled);
    }
}
