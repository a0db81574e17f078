package pe.macexpress.desk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review report's figures on a small set of bundles of the test's own. */
class ReviewReportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    /** Five Spanish strings; "qx" has four of them, "zz" (a language just dropped in) one. */
    private static Localization bundles() {
        return TestBundles.of(
                "es", "language.name=Español\na=uno\nb=dos\nc=tres\nd=tres más\ne=pendiente\n",
                "qx", "language.name=Qx simi\na=huk\nb=iskay\nc=kimsa\ne=manaraq tukusqa\n",
                "zz", "a=maya\n");
    }

    private static final GlossaryCheck GLOSSARY = GlossaryCheck.parse(List.of(
            "| concept | kind | es | qx | keys |",
            "|---|---|---|---|---|",
            "| one | word | uno | huk | a |",
            "| three | word | tres | kimsa / kinsa | c, d |"));

    @Test
    void figuresPerLanguage(@TempDir Path home) throws IOException {
        Path i18n = home.resolve("i18n");
        // a and b reviewed; c reviewed but changed since (the reviewer saw "kinsa").
        ReviewMarks.record(i18n, "qx", "Rosa Mamani Quispe", DAY, Map.of("a", "huk", "b", "iskay", "c", "kinsa"));
        ReviewReport.Result r = ReviewReport.build(bundles(), i18n, GLOSSARY);

        ReviewReport.LanguageFigures es = r.language("es").orElseThrow();
        assertTrue(es.source());
        assertEquals(new ReviewReport.LanguageFigures("es", "Español", true, 6, 6, 0, 0, 0, 0, 0), es);

        ReviewReport.LanguageFigures qx = r.language("qx").orElseThrow();
        // six Spanish strings (with language.name), five present, d missing; a, b reviewed; c out of date;
        // unreviewed: c, e, language.name; the glossary finds nothing in qx (d is missing there, so not checked).
        assertEquals(new ReviewReport.LanguageFigures("qx", "Qx simi", false, 6, 5, 1, 2, 3, 1, 0), qx);
        assertEquals(83, qx.translatedPercent());

        ReviewReport.LanguageFigures zz = r.language("zz").orElseThrow();
        assertEquals(new ReviewReport.LanguageFigures("zz", "zz", false, 6, 1, 5, 0, 1, 0, 0), zz,
                "a language without a review file: nothing reviewed");

        assertEquals(ReviewReport.Status.REVIEWED, detail(r, "qx", "a").status());
        assertEquals("Rosa Mamani Quispe", detail(r, "qx", "a").reviewer());
        assertEquals(ReviewReport.Status.OUT_OF_DATE, detail(r, "qx", "c").status());
        assertEquals(ReviewReport.Status.MISSING, detail(r, "qx", "d").status());
        assertEquals(ReviewReport.Status.UNREVIEWED, detail(r, "qx", "e").status());
        assertEquals(List.of(), r.details("es"), "Spanish is the source: no per-key review rows");
    }

    @Test
    void glossaryFindingsAreCountedInTheirLanguage(@TempDir Path home) {
        Localization l = TestBundles.of(
                "es", "a=uno\nc=tres\nd=tres más\n",
                "qx", "a=huk\nc=kimsa\nd=pichqa\n");
        ReviewReport.Result r = ReviewReport.build(l, home.resolve("i18n"), GLOSSARY);
        assertEquals(1, r.language("qx").orElseThrow().glossaryFindings(), r.findings().toString());
        assertEquals(0, r.language("es").orElseThrow().glossaryFindings());
        assertEquals("d", r.findings().get(0).key());
    }

    private static ReviewReport.KeyDetail detail(ReviewReport.Result r, String tag, String key) {
        return r.details(tag).stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }
}
