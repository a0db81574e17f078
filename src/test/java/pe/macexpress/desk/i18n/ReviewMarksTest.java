package pe.macexpress.desk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review marks: a mark counts while its hash is the current text's; a workstation's marks add to the shipped ones. */
class ReviewMarksTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void aMarkCountsWhileItsTextIsUnchanged(@TempDir Path home) throws IOException {
        Path i18n = home.resolve("i18n");
        ReviewMarks.record(i18n, "qx", "Rosa Mamani Quispe", DAY, Map.of("login.submit", "Yaykuy"));
        ReviewMarks marks = ReviewMarks.load("qx", i18n);
        assertEquals(new ReviewMarks.Mark("login.submit", "Rosa Mamani Quispe", DAY, ReviewMarks.hash("Yaykuy")),
                marks.valid("login.submit", "Yaykuy").orElseThrow());
        assertTrue(marks.valid("login.submit", "Yaykuykuy").isEmpty(), "a changed text voids the mark");
        assertTrue(marks.hasMarks("login.submit"), "the old mark is still there, out of date");
        assertTrue(marks.valid("session.sign.out", "Lluqsiy").isEmpty(), "no mark: not reviewed");
    }

    @Test
    void theHashIsTwelveHexDigitsOfSha256() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01", ReviewMarks.hash("abc"));
    }

    @Test
    void withoutAReviewFileNothingIsReviewedAndASecondReviewAppends(@TempDir Path home) throws IOException {
        // No review file ships for "qu" yet: nothing reviewed until a workstation records it.
        assertTrue(ReviewMarks.load("qu", null).keys().isEmpty());
        Path i18n = home.resolve("i18n");
        ReviewMarks.record(i18n, "qu", "Rosa Mamani Quispe", DAY, Map.of("login.submit", "Yaykuy"));
        ReviewMarks.record(i18n, "qu", "Juan Condori", DAY.plusDays(1), Map.of("session.sign.out", "Lluqsiy"));
        ReviewMarks marks = ReviewMarks.load("qu", i18n);
        assertEquals(java.util.Set.of("login.submit", "session.sign.out"), marks.keys(), "a second review appends");
        assertEquals(1, Files.readAllLines(i18n.resolve("review_qu.tsv")).stream().filter(l -> l.startsWith("#")).count(),
                "one header line");
    }

    @Test
    void aWorkstationsMarksAddToTheMarksShippedOnTheClassPath(@TempDir Path home) throws IOException {
        // src/test/resources/i18n/review_qx.tsv ships one mark (login.submit, "Yaykuy", by "Ana Shipped").
        ReviewMarks shipped = ReviewMarks.load("qx", home.resolve("i18n"));
        assertEquals("Ana Shipped", shipped.valid("login.submit", "Yaykuy").orElseThrow().reviewer());
        ReviewMarks.record(home.resolve("i18n"), "qx", "Juan Condori", DAY, Map.of("session.sign.out", "Lluqsiy"));
        ReviewMarks both = ReviewMarks.load("qx", home.resolve("i18n"));
        assertEquals("Ana Shipped", both.valid("login.submit", "Yaykuy").orElseThrow().reviewer());
        assertEquals("Juan Condori", both.valid("session.sign.out", "Lluqsiy").orElseThrow().reviewer());
        // A later review at the workstation of a changed text counts; the shipped one for the old text no longer does.
        ReviewMarks.record(home.resolve("i18n"), "qx", "Juan Condori", DAY, Map.of("login.submit", "Yaykuykuy"));
        ReviewMarks later = ReviewMarks.load("qx", home.resolve("i18n"));
        assertEquals("Juan Condori", later.valid("login.submit", "Yaykuykuy").orElseThrow().reviewer());
    }

    @Test
    void theMarksShippedOnTheClassPathAreRead() throws IOException {
        // The shipped file is read the same way as a home one: parse() is what both use.
        List<ReviewMarks.Mark> parsed = ReviewMarks.parse(new StringReader(
                "# key\treviewer\tdate\tsha256-12\n"
                        + "login.submit\tRosa\t2026-12-01\t" + ReviewMarks.hash("Yaykuy") + "\n"
                        + "broken line without tabs\n"
                        + "k\tx\tnot-a-date\tba7816bf8f01\n"
                        + "k\tx\t2026-12-01\tnot-hex\n"));
        assertEquals(1, parsed.size(), "malformed lines are skipped");
        assertEquals("login.submit", parsed.get(0).key());
    }

    @Test
    void theWorkstationsFileIsPrivate(@TempDir Path home) throws IOException {
        Path i18n = home.resolve("i18n");
        ReviewMarks.record(i18n, "qu", "Rosa Mamani Quispe", DAY, Map.of("login.submit", "Yaykuy"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(i18n)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(i18n.resolve("review_qu.tsv"))));
    }

    @Test
    void aReviewersNameCannotBreakTheLine(@TempDir Path home) throws IOException {
        Path i18n = home.resolve("i18n");
        Map<String, String> reviewed = new LinkedHashMap<>();
        reviewed.put("login.submit", "Yaykuy");
        ReviewMarks.record(i18n, "qu", "Rosa\tMamani\nQuispe", DAY, reviewed);
        List<String> lines = Files.readAllLines(i18n.resolve("review_qu.tsv"), StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertEquals("login.submit\tRosa Mamani Quispe\t2026-12-03\t" + ReviewMarks.hash("Yaykuy"), lines.get(1));
        assertFalse(ReviewMarks.cleanReviewer("x".repeat(500)).length() > ReviewMarks.MAX_REVIEWER);
    }
}
