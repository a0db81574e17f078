package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;

/** Issue 16 (review): {@code language review} (a supervisor's, audited) and {@code language report}. */
class LanguageCommandTest {
    private static final String REVIEWER = "Rosa Mamani Quispe";
    private final Localization text = Localization.bundledOnly();

    @TempDir
    Path home;

    private List<AuditChainStore.Entry> audit() {
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            return db.audit().after(0, 10_000);
        }
    }

    private String say(String key, Object... args) {
        return text.text("es", key, args);
    }

    @Test
    void aWrongPinRecordsNothingAndAuditsNothing() {
        DeskCli.addSupervisor(home);
        DeskCli.Result r = DeskCli.runTyping(home, "000000\n", "--lang", "es", "language", "review", "--language", "qu",
                "--reviewer", REVIEWER, "--keys", "login.submit", "--supervisor", DeskCli.SUPERVISOR);
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(say("roles.gate.wrong.pin")), r.err());
        assertFalse(Files.exists(home.resolve("i18n").resolve("review_qu.tsv")), "no mark written");
        List<AuditChainStore.Entry> rows = audit();
        assertTrue(rows.stream().noneMatch(e -> e.action().equals(AuditActions.LANGUAGE_REVIEW)), rows.toString());
        assertTrue(rows.stream().noneMatch(e -> e.detail().contains("language review")),
                "no authorized supervisor row either: " + rows);

        DeskCli.Result report = DeskCli.run(home, "--lang", "es", "language", "report", "--language", "qu");
        assertEquals(0, report.code(), report.err());
        assertTrue(report.out().contains(say("review.cli.report.review", 0, text.keys("qu").size(), 0)), report.out());
    }

    @Test
    void aReviewRecordedIsReportedAndAuditedWithoutTheReviewersName() throws Exception {
        DeskCli.Result r = DeskCli.asSupervisor(home, "--lang", "es", "language", "review", "--language", "qu",
                "--reviewer", REVIEWER, "--keys", "login.submit,session.sign.out");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(say("review.cli.recorded", 2, text.language("qu").displayName())), r.out());

        List<AuditChainStore.Entry> rows = audit();
        List<AuditChainStore.Entry> reviews = rows.stream().filter(e -> e.action().equals(AuditActions.LANGUAGE_REVIEW)).toList();
        assertEquals(1, reviews.size(), rows.toString());
        assertEquals("qu 2", reviews.get(0).detail());
        assertEquals(DeskCli.SUPERVISOR, reviews.get(0).actor());
        assertTrue(rows.stream().noneMatch(e -> (e.actor() + e.detail() + e.subject() + e.purpose()).contains("Mamani")),
                "the reviewer's name is in no audit row");

        // A second review from a file of keys shown to the reviewer adds to the first.
        Path shown = Files.writeString(home.resolve("shown.txt"), "# keys shown\nlogin.submit\nidentify.clear\n\n",
                StandardCharsets.UTF_8);
        DeskCli.Result second = DeskCli.asSupervisor(home, "--lang", "es", "language", "review", "--language", "qu",
                "--reviewer", "Juan Condori", "--all-shown", shown.toString());
        assertEquals(0, second.code(), second.out() + second.err());

        DeskCli.Result report = DeskCli.run(home, "--lang", "es", "language", "report", "--language", "qu");
        assertEquals(0, report.code(), report.err());
        int present = text.keys("qu").size();
        assertTrue(report.out().contains(say("review.cli.report.review", 3, present - 3, 0)), report.out());
        assertTrue(report.out().contains(say("review.cli.report.glossary", 0)), report.out());
        assertFalse(report.out().contains(say("review.cli.report.source", text.language("es").displayName(), "es",
                text.keys("es").size())), "only the language asked for");

        DeskCli.Result all = DeskCli.run(home, "--lang", "es", "language", "report");
        assertTrue(all.out().contains(say("review.cli.report.source", text.language("es").displayName(), "es",
                text.keys("es").size())), "Spanish is the source: " + all.out());

        DeskCli.Result csv = DeskCli.run(home, "--lang", "es", "language", "report", "--format", "csv", "--language", "qu");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals(say("review.cli.csv.header"), lines.get(0));
        assertEquals(1 + text.keys("es").size(), lines.size(), "one line per Spanish string");
        assertTrue(lines.contains("qu,session.sign.out," + say("review.status.reviewed") + "," + REVIEWER + ","
                + LocalDate.now()), csv.out());
        assertTrue(lines.contains("qu,login.title," + say("review.status.unreviewed") + ",,"), csv.out());
    }

    @Test
    void aChangedTextIsReportedOutOfDate() throws Exception {
        // A language dropped in the data folder (one file): reviewed, then its text changes.
        Path i18n = Files.createDirectories(home.resolve("i18n"));
        Files.writeString(i18n.resolve("messages_zz.properties"), "language.name=Zz simi\nlogin.submit=Yayku\n",
                StandardCharsets.UTF_8);
        DeskCli.Result r = DeskCli.asSupervisor(home, "--lang", "es", "language", "review", "--language", "zz",
                "--reviewer", REVIEWER, "--keys", "login.submit");
        assertEquals(0, r.code(), r.out() + r.err());
        DeskCli.Result before = DeskCli.run(home, "--lang", "es", "language", "report", "--language", "zz");
        assertTrue(before.out().contains(say("review.cli.report.review", 1, 1, 0)), before.out());

        Files.writeString(i18n.resolve("messages_zz.properties"), "language.name=Zz simi\nlogin.submit=Yaykuy\n",
                StandardCharsets.UTF_8);
        DeskCli.Result after = DeskCli.run(home, "--lang", "es", "language", "report", "--language", "zz");
        assertTrue(after.out().contains(say("review.cli.report.review", 0, 2, 1)), after.out());
        int spanish = text.keys("es").size();
        assertTrue(after.out().contains(say("review.cli.report.language", "Zz simi", "zz", 2, spanish,
                2 * 100 / spanish, spanish - 2)), after.out());
    }

    @Test
    void aKeyNotTranslatedOrUnknownRecordsNothing() {
        Path i18n = home.resolve("i18n");
        DeskCli.Result r = DeskCli.asSupervisor(home, "--lang", "es", "language", "review", "--language", "qu",
                "--reviewer", REVIEWER, "--keys", "login.submit,no.such.key");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(say("review.cli.unknown.keys", text.language("qu").displayName(), "no.such.key")), r.err());
        assertFalse(Files.exists(i18n.resolve("review_qu.tsv")));

        DeskCli.Result spanish = DeskCli.asSupervisor(home, "--lang", "es", "language", "review", "--language", "es",
                "--reviewer", REVIEWER, "--keys", "login.submit");
        assertEquals(1, spanish.code());
        assertTrue(spanish.err().contains(say("review.cli.source")), spanish.err());
        assertTrue(audit().stream().noneMatch(e -> e.action().equals(AuditActions.LANGUAGE_REVIEW)));
    }

    @Test
    void theReportSpeaksQuechua() {
        DeskCli.Result r = DeskCli.run(home, "--lang", "qu", "language", "report", "--language", "qu");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(text.text("qu", "review.cli.report.glossary", 0)), r.out());
        DeskCli.Result bad = DeskCli.run(home, "--lang", "qu", "language", "report", "--format", "pdf");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains(text.text("qu", "review.cli.bad.format", "pdf")), bad.err());
    }
}
