package pe.macexpress.desk.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.reports.CsvExport;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.SampleComplaints;

/** The complaints' export for support (no one's identity in it), the answer plazo, and the demo seed. */
class ComplaintExportAndDemoTest {
    @TempDir
    Path dir;

    @Test
    void theExportCarriesTheCaseButNoNamesDocumentsOrContacts() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            ComplaintService service = new ComplaintService(db, Clock.systemUTC(), () -> 15);
            Complaint c = service.file(SampleComplaints.filing("qu"), "TAMBO-DEMO-01");
            ComplaintExport table = new ComplaintExport();
            assertEquals("complaints", table.name());
            assertEquals(List.of("number", "filed_at", "point", "status", "due", "answered_on", "answer_via", "language",
                    "facts", "request", "action"), table.columns());
            List<List<String>> rows = new ArrayList<>();
            table.rows(db, rows::add);
            assertEquals(1, rows.size());
            assertEquals(c.number().text(), rows.get(0).get(0));
            assertEquals("open", rows.get(0).get(3));
            StringWriter csv = new StringWriter();
            CsvExport.write(table, db, csv);
            String text = csv.toString();
            assertTrue(text.contains(c.number().text()));
            for (String personal : List.of("QUISPE", "40123456", "rosa.quispe", "Los Incas", "984 000 111")) {
                assertFalse(text.contains(personal), "the export names no one: " + personal);
            }
        }
    }

    @Test
    void theDueDayCountsWorkingDaysAsCasesDo() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            // Friday 2026-12-04: 15 working days, skipping weekends and the holidays of 8, 9 and 25 December.
            Clock friday = Clock.fixed(Instant.parse("2026-12-04T15:00:00Z"), ZoneOffset.UTC);
            ComplaintService service = new ComplaintService(db, friday, () -> 15);
            assertEquals(LocalDate.parse("2026-12-30"), service.file(SampleComplaints.filing("es"), "P1").due());
            assertEquals(LocalDate.parse("2026-12-07"), new ComplaintService(db, friday, () -> 1).dueFrom(
                    LocalDate.parse("2026-12-04")));
        }
    }

    @Test
    void theDemoAddsAboutOneComplaintPer200AttentionsSomeAnswered() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            int n = ComplaintDemo.seed(db, new Random(7), Clock.systemUTC(), 2000);
            assertEquals(10, n);
            List<Complaint> all = db.complaints().list(false);
            assertEquals(10, all.size());
            assertTrue(all.stream().anyMatch(c -> !c.open()), "some answered");
            assertTrue(all.stream().anyMatch(Complaint::open), "some open");
            List<Long> numbers = all.stream().map(c -> c.number().sequence()).sorted().toList();
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), numbers);
            assertEquals(0, ComplaintDemo.seed(db, new Random(7), Clock.systemUTC(), 0));
        }
    }
}
