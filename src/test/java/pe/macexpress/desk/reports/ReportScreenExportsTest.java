package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.reports.ReportFileExports;

/**
 * The reports screen's export buttons, wired to the export and the monthly report: the file lands
 * where the advisor chose, without names or document numbers, with its audit row; the PDF carries
 * the point's indicator sheet (not "sin dato"); a cancelled file dialog writes and audits nothing.
 */
class ReportScreenExportsTest {
    @TempDir
    Path dir;

    @Test
    void theScreensButtonsWriteTheBaseAndTheMonthlyPdfWithItsIndicatorSheet() throws Exception {
        Localization text = Localization.bundledOnly();
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            MonthlyReportSamples samples = MonthlyReportSamples.seed(store);
            Path[] answer = {null};
            ReportFileExports exports = new ReportFileExports(store, Catalog::bundled, text, new I18n(text, "qu"),
                    TaskRunner.direct(), () -> "ADV-1", () -> null, Clock.systemUTC(), (name, ext) -> answer[0]);
            ReportPeriod month = ReportPeriod.month(MonthlyReportSamples.MONTH);
            long before = store.audit().after(0, 10_000).size();

            exports.exportBase(month, "csv");
            assertEquals(before, store.audit().after(0, 10_000).size(), "a cancelled dialog audits nothing");
            try (var files = Files.list(dir)) {
                assertTrue(files.noneMatch(p -> p.toString().endsWith(".csv")), "and writes nothing");
            }

            answer[0] = dir.resolve("base.csv");
            exports.exportBase(month, "csv");
            String csv = Files.readString(answer[0], StandardCharsets.UTF_8);
            assertEquals(MonthlyReportSamples.ATTENTIONS + 1, csv.lines().count(), "a header and one row per attention");
            samples.saved.forEach(a -> {
                assertFalse(csv.contains(a.document().number()), "no document number without a supervisor");
                assertFalse(csv.contains(a.citizenNames()), "no name without a supervisor");
            });
            assertTrue(exports.notice().get().contains(answer[0].toAbsolutePath().toString()));
            List<AuditChainStore.Entry> audit = store.audit().after(0, 10_000);
            AuditChainStore.Entry last = audit.get(audit.size() - 1);
            assertEquals(AuditActions.EXPORT, last.action());
            assertEquals("ADV-1", last.actor());
            assertTrue(last.detail().contains("personal=no"), last.detail());

            answer[0] = dir.resolve("informe.pdf");
            exports.monthlyPdf(MonthlyReportSamples.MONTH, "es");
            try (PDDocument pdf = Loader.loadPDF(answer[0].toFile())) {
                String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertTrue(all.contains(text.text("es", "indicator.waiting_time.name")), "the indicator sheet is in it");
                assertTrue(all.contains(text.text("es", "indicator.column.name")));
            }
            audit = store.audit().after(0, 10_000);
            assertTrue(audit.get(audit.size() - 1).detail().startsWith("report month=" + MonthlyReportSamples.MONTH));
        }
    }
}
