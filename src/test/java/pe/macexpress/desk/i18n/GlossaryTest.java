package pe.macexpress.desk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The glossary (i18n/glossary.md) is what the bundles say: one term per concept and language,
 * distinct states. The check itself is {@link GlossaryCheck} (main code: the review report and the
 * supervisor's screen count its findings); here it runs on the real files, and on planted
 * inconsistencies that it must report exactly.
 */
class GlossaryTest {

    @Test
    void theRealGlossaryAndBundlesHaveNoFinding() throws IOException {
        GlossaryCheck fromRepository = GlossaryCheck.parse(Files.readAllLines(Path.of("i18n/glossary.md"), StandardCharsets.UTF_8));
        assertTrue(fromRepository.rows().size() >= 20, "glossary read: " + fromRepository.rows().size() + " rows");
        assertTrue(fromRepository.rows().stream().filter(GlossaryCheck.Row::state).count() >= 3,
                "the three 'pending' states at least");
        assertTrue(fromRepository.rows().stream().allMatch(r -> r.terms().containsKey("es") && r.terms().containsKey("qu")),
                "every row has its Spanish and Quechua term");
        assertEquals(fromRepository.rows(), GlossaryCheck.bundled().rows(), "the classpath's glossary is the repository's");
        assertEquals(List.of(), fromRepository.check(Localization.bundledOnly()));
    }

    /** A glossary with two states and a word, in es and a test language qx (and an "ay" column left empty). */
    private static final List<String> PLANTED = List.of(
            "# test glossary",
            "",
            "| concept | kind | es | qx | ay | keys |",
            "|---|---|---|---|---|---|",
            "| left to finish | state | pendiente | manaraq tukusqa |  | t.pending |",
            "| not yet sent | state | por enviar / pendientes de envío | apachinapaq |  | t.unsent, t.unsent.count |",
            "| backup | word | copia | waqaychanapaq kikinch- |  | t.backup, t.backup.now |",
            "",
            "Text after the table is not a row.");

    @Test
    void aKeyUsingAnotherWordIsReportedExactly() throws IOException {
        GlossaryCheck glossary = GlossaryCheck.parse(PLANTED);
        Localization l = withSpanishKeys(
                "t.pending=manaraq tukusqa\n"
                        + "t.unsent=apachinapaq\n"
                        + "t.unsent.count={0} apachinapaq\n"
                        + "t.backup=Waqaychanapaq kikinchay\n"
                        // planted: another word for the backup
                        + "t.backup.now=Kunan allichay\n");
        List<GlossaryCheck.Finding> findings = glossary.check(l);
        assertEquals(List.of(new GlossaryCheck.Finding(3, "backup", "qx", "t.backup.now",
                GlossaryCheck.Problem.TERM_MISSING, "waqaychanapaq kikinch-")), findings);
    }

    @Test
    void twoStatesSharingATermAreReportedExactly() throws IOException {
        GlossaryCheck glossary = GlossaryCheck.parse(PLANTED);
        Localization l = withSpanishKeys(
                "t.pending=manaraq tukusqa\n"
                        // planted: the unsent count also says "not finished", the other state's term
                        + "t.unsent=apachinapaq\n"
                        + "t.unsent.count={0} apachinapaq, manaraq tukusqa\n"
                        + "t.backup=Waqaychanapaq kikinchay\n"
                        + "t.backup.now=Kunan waqaychanapaq kikinchay\n");
        assertEquals(List.of(new GlossaryCheck.Finding(2, "not yet sent", "qx", "t.unsent.count",
                GlossaryCheck.Problem.OTHER_STATE_TERM, "left to finish")), glossary.check(l));
    }

    @Test
    void aLanguageNotInstalledOrAKeyNotYetTranslatedIsNotChecked() {
        // "ay" has a term but no bundle here; qx lacks t.backup.now (it shows Spanish: counted as missing elsewhere).
        GlossaryCheck glossary = GlossaryCheck.parse(PLANTED.stream()
                .map(l -> l.replace("| waqaychanapaq kikinch- |  |", "| waqaychanapaq kikinch- | imaña |")).toList());
        assertEquals(List.of("imaña"), glossary.rows().get(2).terms().get("ay"));
        Localization l = withSpanishKeys("t.pending=manaraq tukusqa\nt.unsent=apachinapaq\nt.unsent.count={0} apachinapaq\n"
                + "t.backup=Waqaychanapaq kikinchay\n");
        assertEquals(List.of(), glossary.check(l));
    }

    @Test
    void aListedKeyMissingFromSpanishIsReported() throws IOException {
        GlossaryCheck glossary = GlossaryCheck.parse(List.of(
                "| concept | kind | es | qu | keys |",
                "|---|---|---|---|---|",
                "| search | word | buscar | maskay | choice.search.prompt, no.such.key |"));
        List<GlossaryCheck.Finding> findings = glossary.check(Localization.bundledOnly());
        assertEquals(List.of(new GlossaryCheck.Finding(1, "search", "es", "no.such.key",
                GlossaryCheck.Problem.UNKNOWN_KEY, "")), findings);
    }

    @Test
    void theSourceLanguagesOwnLongerTermIsNotAnotherStatesTerm() throws IOException {
        // "pendientes de envío" (not yet sent) contains "pendiente" (left to finish): not a finding in Spanish.
        GlossaryCheck glossary = GlossaryCheck.parse(List.of(
                "| concept | kind | es | keys |",
                "|---|---|---|---|",
                "| left to finish | state | pendiente | outcome.pendiente |",
                "| not yet sent | state | por enviar / pendientes de envío / sin enviar | status.pending |"));
        assertEquals(List.of(), glossary.check(Localization.bundledOnly()));
        assertTrue(Localization.bundledOnly().text("es", "status.pending").toLowerCase().contains("pendiente"),
                "the Spanish text still says 'pendientes de envío' (else this test proves nothing)");
    }

    /** The planted glossary's keys in a Spanish of their own (the source) and in {@code qx}. */
    private static Localization withSpanishKeys(String qx) {
        return TestBundles.of("es", "t.pending=pendiente\nt.unsent=por enviar\nt.unsent.count={0} pendientes de envío\n"
                + "t.backup=Copia de seguridad\nt.backup.now=Hacer una copia ahora\n", "qx", qx);
    }
}
