package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.reports.BaseDeDatos;
import pe.macexpress.desk.reports.BaseDeDatosSamples;
import pe.macexpress.desk.reports.BaseDeDatosTest;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.voice.SurveyExport;

/** {@code export --what base}: the point's base de datos from the command line, and xlsx for every table. */
class ExportBaseCommandTest {
    private static final String[] NOVEMBER = {"--from", "2026-11-01", "--to", "2026-11-30"};
    private final Localization text = Localization.bundledOnly();

    @TempDir
    Path home;
    BaseDeDatosSamples seeded;

    @BeforeEach
    void seed() throws IOException {
        DeskSettings settings = DeskSettings.load(home);
        Files.createDirectories(settings.databaseFile().getParent());
        MutableClock clock = new MutableClock(Instant.parse("2026-10-01T12:00:00Z"));
        try (Store db = Store.open(settings.databaseFile(), clock)) {
            seeded = BaseDeDatosSamples.seed(db, clock);
        }
    }

    private String[] args(String... extra) {
        return Stream.concat(Stream.of("export", "--what", "base"), Stream.concat(Stream.of(NOVEMBER), Stream.of(extra)))
                .toArray(String[]::new);
    }

    private List<AuditChainStore.Entry> audit() {
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            return db.audit().after(0, 1000);
        }
    }

    @Test
    void theMonthIsWrittenAsCsvWithoutNamesAndAudited() throws IOException {
        Path out = home.resolve("base.csv");
        DeskCli.Result r = DeskCli.run(home, args("--format", "csv", "--out", out.toString()));
        assertEquals(0, r.code(), r.out() + r.err());
        byte[] csv = Files.readAllBytes(out);
        assertEquals(BaseDeDatos.COLUMNS, BaseDeDatosTest.csvHeader(csv));
        List<Map<String, String>> rows = BaseDeDatosTest.parseCsv(csv);
        assertEquals(seeded.inPeriod.size() + 4, rows.size());
        String all = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        BaseDeDatosSamples.NAMES.forEach(n -> assertFalse(all.contains(n), "a name without permission"));
        BaseDeDatosSamples.NUMBERS.forEach(n -> assertFalse(all.contains(n), "a document number without permission"));
        assertTrue(audit().stream().anyMatch(e -> e.action().equals(AuditActions.EXPORT)
                && e.detail().contains("table=base from=2026-11-01 to=2026-11-30 personal=no rows="
                + rows.size() + " to=base.csv format=csv")), "the export is in the audit chain");
        try (Stream<Path> files = Files.list(home)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "nothing left aside");
        }
    }

    @Test
    void theMonthIsWrittenAsXlsxWithTheSameRows() throws IOException {
        Path out = home.resolve("base.xlsx");
        DeskCli.Result r = DeskCli.run(home, args("--format", "xlsx", "--out", out.toString()));
        assertEquals(0, r.code(), r.out() + r.err());
        try (ReadableWorkbook book = new ReadableWorkbook(Files.newInputStream(out))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals(seeded.inPeriod.size() + 4 + 1, rows.size(), "header and rows");
            assertEquals("record_type", rows.get(0).getCell(0).getText());
        }
    }

    @Test
    void withPersonalDataASupervisorsPinIsNeededTheRowIsAuditedAndAWrongPinWritesNothing() throws IOException {
        Path out = home.resolve("personal.csv");
        DeskCli.Result none = DeskCli.run(home, args("--with-personal-data", "--out", out.toString()));
        assertEquals(1, none.code());
        assertTrue(none.err().contains(text.text("es", "roles.cli.supervisor.needed")), none.err());
        assertFalse(Files.exists(out));

        DeskCli.addSupervisor(home);
        long before = audit().stream().filter(e -> e.action().equals(AuditActions.EXPORT)).count();
        List<String> wrong = new java.util.ArrayList<>(List.of(args("--with-personal-data", "--out", out.toString())));
        wrong.addAll(List.of("--supervisor", DeskCli.SUPERVISOR));
        DeskCli.Result refused = DeskCli.runTyping(home, "999999\n", wrong.toArray(String[]::new));
        assertEquals(1, refused.code(), refused.out() + refused.err());
        assertFalse(Files.exists(out), "a wrong PIN writes nothing");
        try (Stream<Path> files = Files.list(home)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "not even aside");
        }
        assertEquals(before, audit().stream().filter(e -> e.action().equals(AuditActions.EXPORT)).count());

        DeskCli.Result ok = DeskCli.asSupervisor(home, args("--with-personal-data", "--out", out.toString()));
        assertEquals(0, ok.code(), ok.out() + ok.err());
        byte[] csv = Files.readAllBytes(out);
        assertEquals(BaseDeDatos.columns(true), BaseDeDatosTest.csvHeader(csv));
        String all = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(all.contains(BaseDeDatosSamples.NAMES.get(0)) && all.contains(BaseDeDatosSamples.NUMBERS.get(0)));
        List<AuditChainStore.Entry> rows = audit();
        AuditChainStore.Entry export = rows.stream().filter(e -> e.action().equals(AuditActions.EXPORT)
                && e.detail().contains("personal=yes")).findFirst().orElseThrow();
        BaseDeDatosSamples.NAMES.forEach(n -> assertFalse(export.detail().contains(n), "never a name in the audit"));
        assertTrue(rows.stream().anyMatch(e -> e.actor().equals(DeskCli.SUPERVISOR)
                && e.action().equals(pe.macexpress.desk.advisor.SupervisorGate.Action.PERSONAL_EXPORT.audit())
                && e.detail().equals("export base")));
    }

    @Test
    void badDatesAndRangesAreRefusedInTheUsersLanguage() {
        Path out = home.resolve("x.csv");
        DeskCli.Result bad = DeskCli.run(home, "export", "--what", "base", "--from", "2026-13-01", "--out", out.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains(text.text("es", "export.base.cli.bad.date", "2026-13-01")), bad.out());
        DeskCli.Result reversed = DeskCli.run(home, "export", "--what", "base", "--from", "2026-11-30", "--to",
                "2026-11-01", "--out", out.toString());
        assertEquals(1, reversed.code());
        assertTrue(reversed.out().contains("revise --from y --to"), reversed.out());
        DeskCli.Result quechua = DeskCli.run(home, "--lang", "qu", "export", "--what", "base", "--from", "2026-11-30",
                "--to", "2026-11-01", "--out", out.toString());
        assertEquals(1, quechua.code());
        assertTrue(quechua.out().contains("--from, --to nisqakunata qhaway"), quechua.out());
        DeskCli.Result tooLong = DeskCli.run(home, "export", "--what", "base", "--from", "2016-01-01", "--to",
                "2026-11-01", "--out", out.toString());
        assertEquals(1, tooLong.code());
        DeskCli.Result onlyBase = DeskCli.run(home, "export", "--what", "surveys", "--from", "2026-11-01");
        assertEquals(1, onlyBase.code());
        DeskCli.Result console = DeskCli.run(home, "export", "--what", "base", "--format", "xlsx");
        assertEquals(1, console.code(), "an xlsx never goes to the console");
        assertFalse(Files.exists(out));
    }

    @Test
    void withoutDatesTheCurrentMonthIsExported() throws IOException {
        Path out = home.resolve("now.csv");
        DeskCli.Result r = DeskCli.run(home, "export", "--what", "base", "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        java.time.YearMonth now = java.time.YearMonth.now(pe.macexpress.desk.reports.ReportPeriod.ZONE);
        assertTrue(audit().stream().anyMatch(e -> e.detail().contains("from=" + now.atDay(1) + " to=" + now.atEndOfMonth())));
    }

    @Test
    void theOtherTablesAreWrittenAsXlsxToo() throws IOException {
        Path out = home.resolve("surveys.xlsx");
        DeskCli.Result r = DeskCli.run(home, "export", "--what", "surveys", "--format", "xlsx", "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        try (ReadableWorkbook book = new ReadableWorkbook(Files.newInputStream(out))) {
            Row header = book.getFirstSheet().read().get(0);
            List<String> columns = new SurveyExport().columns();
            for (int i = 0; i < columns.size(); i++) {
                assertEquals(columns.get(i), header.getCell(i).getText());
            }
        }
    }
}
