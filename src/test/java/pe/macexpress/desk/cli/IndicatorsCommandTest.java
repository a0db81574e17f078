package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalDouble;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.reports.IndicatorConfig;
import pe.macexpress.desk.reports.Indicators;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;

/** Issue 14 (indicators): {@code indicators} prints and exports the sheet; {@code --set} needs a supervisor's PIN and is audited. */
class IndicatorsCommandTest {
    @TempDir
    Path home;

    private final Localization text = Localization.bundledOnly();

    private static final String[] SET = {"indicators", "--set", "waiting_time", "--baseline-year", "2025", "--baseline",
        "21.5", "--targets", "20,18,16,14"};

    @Test
    void theSheetPrintsAsTextAndCsvInTheAskedLanguageWithSinDatoForMissingValues() {
        DeskCli.Result es = DeskCli.run(home, "indicators", "--month", "2026-11");
        assertEquals(0, es.code(), es.out() + es.err());
        assertTrue(es.out().startsWith(text.text("es", "indicator.sheet.title")), es.out());
        assertTrue(es.out().contains(text.text("es", "indicator.waiting_time.name")));
        assertTrue(es.out().contains(text.text("es", "report.missing")), "no attention yet: 'sin dato'");

        DeskCli.Result qu = DeskCli.run(home, "indicators", "--from", "2026-11-01", "--to", "2026-11-15", "--format", "csv",
                "--language", "qu");
        assertEquals(0, qu.code(), qu.out() + qu.err());
        String[] lines = qu.out().split("\r\n");
        assertEquals(1 + Indicators.all().size(), lines.length, qu.out());
        assertTrue(lines[0].startsWith(text.text("qu", "indicator.column.name") + ","), lines[0]);
        assertTrue(qu.out().contains(text.text("qu", "indicator.satisfaction.name")));
    }

    @Test
    void theXlsxNeedsAFileAndHasARowPerIndicator() throws Exception {
        DeskCli.Result noFile = DeskCli.run(home, "indicators", "--format", "xlsx");
        assertEquals(1, noFile.code());
        assertTrue(noFile.err().contains(text.text("es", "cli.indicators.bad.format", "xlsx")), noFile.err());
        Path xlsx = home.resolve("fichas.xlsx");
        DeskCli.Result ok = DeskCli.run(home, "indicators", "--month", "2026-11", "--format", "xlsx", "--out", xlsx.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook book = new ReadableWorkbook(in)) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals(1 + Indicators.all().size(), rows.size());
            assertEquals(text.text("es", "indicator.waiting_time.name"), rows.get(1).getCell(0).getText());
        }
        assertEquals(1, DeskCli.run(home, "indicators", "--month", "2026-13").code(), "a month that does not exist");
        assertEquals(1, DeskCli.run(home, "indicators", "--from", "2026-11-10", "--to", "2026-11-01").code());
    }

    @Test
    void settingTargetsIsRefusedWithoutASupervisorOrWithAWrongPinAndAuditedWithIt() throws Exception {
        DeskCli.Result none = DeskCli.run(home, SET);
        assertEquals(1, none.code());
        assertTrue(none.err().contains(text.text("es", "roles.cli.supervisor.needed")), none.err());

        DeskCli.addSupervisor(home);
        String[] wrong = java.util.stream.Stream.concat(java.util.Arrays.stream(SET),
                java.util.stream.Stream.of("--supervisor", DeskCli.SUPERVISOR)).toArray(String[]::new);
        DeskCli.Result bad = DeskCli.runTyping(home, "999999\n", wrong);
        assertEquals(1, bad.code(), bad.out() + bad.err());
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            assertFalse(new IndicatorConfig(db).edited("waiting_time"), "nothing saved without the right PIN");
        }

        DeskCli.Result ok = DeskCli.asSupervisor(home, SET);
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains(text.text("es", "cli.indicators.saved", "waiting_time")), ok.out());
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            IndicatorConfig config = new IndicatorConfig(db);
            assertEquals(OptionalDouble.of(21.5), config.targets("waiting_time").baseline());
            assertEquals(OptionalDouble.of(14), config.targets("waiting_time").targetFor(2029));
            List<AuditChainStore.Entry> audit = db.audit().after(0, 200);
            assertTrue(audit.stream().anyMatch(r -> r.action().equals(SupervisorGate.Action.INDICATOR_TARGETS.audit())
                    && r.actor().equals(DeskCli.SUPERVISOR)
                    && r.detail().equals("indicator=waiting_time baseline=2025:21.5 targets=20,18,16,14")), audit.toString());
        }
        DeskCli.Result shown = DeskCli.run(home, "indicators", "--month", "2026-11", "--format", "csv");
        assertTrue(shown.out().contains("21.5"), "the sheet shows the saved baseline: " + shown.out());
    }

    @Test
    void aWrongValueOrAnUnknownIndicatorIsExplainedBeforeAnyPinIsAsked() {
        DeskCli.Result unknown = DeskCli.run(home, "indicators", "--set", "nope", "--baseline-year", "2025", "--baseline", "1",
                "--targets", "1,1,1,1");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("waiting_time"), "lists the indicators: " + unknown.err());
        DeskCli.Result three = DeskCli.run(home, "indicators", "--set", "satisfaction", "--baseline-year", "2025",
                "--baseline", "70", "--targets", "75,80,85", "--lang", "qu");
        assertEquals(1, three.code());
        assertTrue(three.err().contains(text.text("qu", "indicator.error.target.count", "4")), three.err());
        DeskCli.Result share = DeskCli.run(home, "indicators", "--set", "satisfaction", "--baseline-year", "2025",
                "--baseline", "170", "--targets", "75,80,85,90");
        assertTrue(share.err().contains(text.text("es", "indicator.error.baseline", "100")), share.err());
    }
}
