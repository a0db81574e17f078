package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;
import pe.macexpress.desk.testing.ReceiptSamples;
import pe.macexpress.desk.testing.SampleAttentions;

/** Support reprints a citizen's receipt from one code, as the counter printed it. */
class ReceiptCommandTest {
    private static final Localization TEXT = Localization.bundledOnly();

    @TempDir
    Path home;

    @Test
    void oneCodeReprintsTheWholeVisitInTheChosenLanguageAndPaper() throws Exception {
        List<Attention> visit = ReceiptSamples.visit();
        Attention other = SampleAttentions.of(11);
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            visit.forEach(db.attentions()::save);
            db.attentions().save(other);
        }

        Path pdf = home.resolve("out").resolve("copia.pdf");
        // As the citizen reads the second code out: lower case, no dash.
        Result r = DeskCli.run(home, "receipt", "--code", "m2b84twd", "--out", pdf.toString(), "--citizen-lang", "qu",
                "--layout", "ticket");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(TEXT.text("es", "receipt.cli.written", 3, pdf.toAbsolutePath()), r.out().strip());
        assertFalse(r.out().contains("QUISPE"), "no names on the console");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(226f, doc.getPage(0).getMediaBox().getWidth(), 0.5f);
            String text = new PDFTextStripper().getText(doc);
            List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).toList();
            for (Attention a : visit) {
                assertTrue(lines.contains(a.code()), a.code() + " on its own line");
            }
            assertFalse(text.contains(other.code()), "another visit's code is not on this receipt");
            assertTrue(text.contains(TEXT.text("qu", "receipt.title")), "in Quechua");
        }

        Path a5 = home.resolve("a5.pdf");
        assertEquals(0, DeskCli.run(home, "receipt", "--code", visit.get(0).code(), "--out", a5.toString()).code());
        try (PDDocument doc = Loader.loadPDF(a5.toFile())) {
            assertEquals(420f, doc.getPage(0).getMediaBox().getWidth(), 0.5f, "A5 by default");
            assertTrue(new PDFTextStripper().getText(doc).contains(TEXT.text("es", "receipt.title")), "Spanish by default");
        }
        // A support person working in Quechua: the command speaks Quechua and the receipt follows it.
        Path qu = home.resolve("qu.pdf");
        Result quechua = DeskCli.run(home, "--lang", "qu", "receipt", "--code", visit.get(0).code(), "--out", qu.toString());
        assertEquals(0, quechua.code(), quechua.out() + quechua.err());
        assertEquals(TEXT.text("qu", "receipt.cli.written", 3, qu.toAbsolutePath()), quechua.out().strip());
        try (PDDocument doc = Loader.loadPDF(qu.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains(TEXT.text("qu", "receipt.title")), "Quechua receipt");
        }
    }

    @Test
    void unknownOrMalformedCodesAndOptionsAreRefusedWithAClearMessage() throws Exception {
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            db.attentions().save(SampleAttentions.of(12));
        }
        Path pdf = home.resolve("x.pdf");
        Result unknown = DeskCli.run(home, "receipt", "--code", "ZZZZ-ZZZZ", "--out", pdf.toString());
        assertEquals(1, unknown.code());
        assertEquals(TEXT.text("es", "receipt.cli.not.found", "ZZZZ-ZZZZ"), unknown.out().strip());
        Result bad = DeskCli.run(home, "receipt", "--code", "hola", "--out", pdf.toString());
        assertEquals(1, bad.code());
        assertEquals(TEXT.text("es", "receipt.cli.bad.code", "hola"), bad.out().strip());
        Result paper = DeskCli.run(home, "receipt", "--code", "ZZZZ-ZZZZ", "--out", pdf.toString(), "--layout", "a3");
        assertEquals(1, paper.code());
        assertEquals(TEXT.text("es", "receipt.cli.bad.layout", "a3"), paper.out().strip());
        Result lang = DeskCli.run(home, "receipt", "--code", "ZZZZ-ZZZZ", "--out", pdf.toString(), "--citizen-lang", "fr");
        assertEquals(1, lang.code());
        assertTrue(lang.out().contains("fr"), lang.out());
        assertFalse(Files.exists(pdf), "nothing written");
    }
}
