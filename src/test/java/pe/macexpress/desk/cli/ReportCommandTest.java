package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.core.PointType;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.SampleAttentions;

/** {@code report --month YYYY-MM --format pdf|csv|xlsx --out FILE [--language es|qu]}: end to end on a data folder. */
class ReportCommandTest {
    /** Last month in Peru: a month that is over whenever the test runs. */
    private static final YearMonth MONTH = YearMonth.now(ReportPeriod.ZONE).minusMonths(1);
    private static final int ATTENTIONS = 12;

    @TempDir
    Path home;

    @BeforeEach
    void seed() throws Exception {
        DeskSettings settings = DeskSettings.load(home);
        Files.createDirectories(settings.databaseFile().getParent());
        try (Store db = Store.open(settings.databaseFile(), Clock.systemUTC())) {
            db.advisors().savePoint(new ServicePoint("PIAS-NAPO-01", "PIAS Río Napo", PointType.PIAS, "160101", "Río Napo"));
            Instant first = MONTH.atDay(2).atTime(10, 0).atZone(ReportPeriod.ZONE).toInstant();
            for (int i = 0; i < ATTENTIONS; i++) {
                db.attentions().save(SampleAttentions.of(77 + i, first.plus(Duration.ofHours(5L * i))));
            }
            db.incidents().record(new Incident(UUID.randomUUID(), IncidentType.NO_LINK, IncidentSeverity.LEVE, first,
                    "Sin señal, avisó Rosa Quispe", "", "ADV-1", "PIAS-NAPO-01", first, null));
        }
    }

    private static List<String> pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            List<String> out = new java.util.ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(doc));
            }
            return out;
        }
    }

    private List<AuditChainStore.Entry> audit() {
        DeskSettings settings = DeskSettings.load(home);
        try (Store s = Store.open(settings.databaseFile(), Clock.systemUTC())) {
            return s.audit().after(0, 1000);
        }
    }

    @Test
    void thePdfIsWrittenWithItsFourSectionsAndTheExportIsAudited() throws Exception {
        Path out = home.resolve("informe.pdf");
        DeskCli.Result r = DeskCli.run(home, "report", "--month", MONTH.toString(), "--format", "pdf", "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Informe de " + MONTH + " escrito en"), r.out());
        List<String> pages = pages(out);
        assertTrue(pages.size() >= 4, "pages: " + pages.size());
        assertTrue(pages.get(0).contains("Atenciones " + ATTENTIONS), pages.get(0));
        assertTrue(pages.get(0).contains("PIAS Río Napo"), pages.get(0));
        assertTrue(pages.stream().anyMatch(p -> p.contains("Sin enlace (internet)")), "the incident's type");
        assertFalse(String.join("", pages).contains("Rosa Quispe"), "an incident's free text never reaches the report");
        AuditChainStore.Entry row = audit().stream().filter(e -> e.action().equals(AuditActions.EXPORT))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(row.detail().contains("report month=" + MONTH + " format=pdf"), row.detail());
    }

    @Test
    void quechuaOnRequestWhileTheCommandLineKeepsItsOwnLanguage() throws Exception {
        Path out = home.resolve("willakuy.pdf");
        DeskCli.Result r = DeskCli.run(home, "report", "--month", MONTH.toString(), "--out", out.toString(),
                "--language", "qu");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("escrito en"), "the command line still speaks Spanish: " + r.out());
        String all = String.join("\n", pages(out));
        assertTrue(all.contains("Killa willakuy, kamachiqpaq"), all);
        assertTrue(all.contains("Atencionkuna " + ATTENTIONS), all);
        assertFalse(all.contains("Cifras principales"), all);
    }

    @Test
    void csvAndXlsxCarryTheSameFigures() throws Exception {
        Path csv = home.resolve("informe.csv");
        assertEquals(0, DeskCli.run(home, "report", "--month", MONTH.toString(), "--format", "csv", "--out",
                csv.toString()).code());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 with a BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("summary,attentions,\"\"," + ATTENTIONS + "\r\n"), text);
        Path xlsx = home.resolve("informe.xlsx");
        assertEquals(0, DeskCli.run(home, "report", "--month", MONTH.toString(), "--format", "XLSX", "--out",
                xlsx.toString()).code());
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook book = new ReadableWorkbook(in)) {
            var rows = book.getFirstSheet().read();
            var attentions = rows.stream().filter(row -> "attentions".equals(row.getCellText(1))).findFirst().orElseThrow();
            assertEquals(ATTENTIONS, attentions.getCell(3).asNumber().intValue());
        }
    }

    @Test
    void aBadMonthAFutureMonthABadFormatAndAnUnknownAdvisorAreRefusedInTheUsersLanguage() {
        Path out = home.resolve("x.pdf");
        DeskCli.Result bad = DeskCli.run(home, "report", "--month", "2026-13", "--out", out.toString());
        assertEquals(DataFolderCommand.PROBLEM, bad.code());
        assertTrue(bad.out().contains("no es válido: escríbalo como AAAA-MM"), bad.out());
        YearMonth next = YearMonth.now(ReportPeriod.ZONE).plusMonths(1);
        DeskCli.Result future = DeskCli.run(home, "report", "--month", next.toString(), "--out", out.toString());
        assertEquals(DataFolderCommand.PROBLEM, future.code());
        assertTrue(future.out().contains("aún no ha llegado"), future.out());
        DeskCli.Result format = DeskCli.run(home, "--lang", "qu", "report", "--month", MONTH.toString(),
                "--format", "docx", "--out", out.toString());
        assertEquals(DataFolderCommand.PROBLEM, format.code());
        assertTrue(format.out().contains("formatoqa manam kanchu"), format.out());
        DeskCli.Result language = DeskCli.run(home, "report", "--month", MONTH.toString(), "--language", "fr",
                "--out", out.toString());
        assertEquals(DataFolderCommand.PROBLEM, language.code());
        assertTrue(language.out().contains("Idioma «fr» no disponible"), language.out());
        DeskCli.Result advisor = DeskCli.run(home, "report", "--month", MONTH.toString(), "--prepared-by", "NOBODY",
                "--out", out.toString());
        assertEquals(DataFolderCommand.PROBLEM, advisor.code());
        assertTrue(advisor.out().contains("No hay un asesor activo"), advisor.out());
        assertFalse(Files.exists(out), "nothing written when refused");
        assertTrue(audit().stream().noneMatch(e -> e.action().equals(AuditActions.EXPORT)), "nothing audited as written");
    }

    @Test
    void theSignOffNamesTheAdvisorWhoPreparedIt() throws Exception {
        DeskCli.addSupervisor(home);
        Path out = home.resolve("firmado.pdf");
        DeskCli.Result r = DeskCli.run(home, "report", "--month", MONTH.toString(), "--prepared-by",
                DeskCli.SUPERVISOR.toLowerCase(java.util.Locale.ROOT), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> pages = pages(out);
        assertTrue(pages.get(pages.size() - 1).contains("Carmen Tito Ccori (" + DeskCli.SUPERVISOR + ")"),
                pages.get(pages.size() - 1));
    }

    @Test
    void theHelpComesFromTheBundles() {
        DeskCli.Result help = DeskCli.run(home, "report", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Escribe el informe mensual de supervisión"), help.out());
        assertTrue(help.out().contains("Idioma del informe"), help.out());
    }
}
