package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pe.macexpress.desk.testing.DeskCli;

/**
 * Issue 15: {@code sandbox --enrollment-code} refuses what cannot be a code before anything listens
 * (in the user's language), and {@code --fault-injection} is a described option of its own.
 */
class SandboxCommandTest {
    @Test
    void aPresetCodeThatCannotBeACodeIsRefusedBeforeAnythingListens() {
        DeskCli.Result es = DeskCli.run("--lang", "es", "sandbox", "--port", "0", "--enrollment-code", "x");
        assertEquals(2, es.code(), es.out() + es.err());
        assertTrue(es.err().startsWith("--enrollment-code: un código son de 6 a 64"), es.err());
        DeskCli.Result qu = DeskCli.run("--lang", "qu", "sandbox", "--port", "0", "--enrollment-code", "AB\u202ECD-1234");
        assertEquals(2, qu.code());
        assertTrue(qu.err().startsWith("--enrollment-code: chimpuqa"), qu.err());
    }

    @Test
    void faultInjectionIsAnOptionForTestsDescribedInBothLanguages() {
        DeskCli.Result es = DeskCli.run("--lang", "es", "sandbox", "--help");
        assertTrue(es.out().contains("--fault-injection") && es.out().contains("Solo para pruebas"), es.out());
        DeskCli.Result qu = DeskCli.run("--lang", "qu", "sandbox", "--help");
        assertTrue(qu.out().contains("Pruebakunallapaq"), qu.out());
    }
}
