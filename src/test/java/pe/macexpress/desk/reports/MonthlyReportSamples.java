package pe.macexpress.desk.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.core.PointType;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.SampleAttentions;

/**
 * A point's month for the monthly report's tests: attentions on ten days of last month (names and
 * documents of citizens included, so a test can prove none reaches the report), no arrival turns
 * (waiting time has no source: "sin dato"), no surveys, two incidents whose free texts name a person.
 */
final class MonthlyReportSamples {
    /** Last month in Peru: always a month that is over, whenever the tests run. */
    static final YearMonth MONTH = YearMonth.now(ReportPeriod.ZONE).minusMonths(1);
    static final int ATTENTIONS = 37;
    static final String POINT_NAME = "Tambo Ñuñoa — Qollpa";
    static final String INCIDENT_TEXT = "Don Teófilo Quispe Huamán insultó";

    final List<Attention> saved = new ArrayList<>();

    /** Seeds the store of {@code home}'s configured data folder. */
    static MonthlyReportSamples seed(Path home) throws Exception {
        DeskSettings settings = DeskSettings.load(home);
        Files.createDirectories(settings.databaseFile().getParent());
        try (Store store = Store.open(settings.databaseFile(), Clock.systemUTC())) {
            return seed(store);
        }
    }

    static MonthlyReportSamples seed(Store store) {
        MonthlyReportSamples s = new MonthlyReportSamples();
        store.advisors().savePoint(new ServicePoint("TAMBO-NUNOA-01", POINT_NAME, PointType.TAMBO, "211201",
                "Centro poblado Qollpa"));
        Instant first = MONTH.atDay(1).atTime(9, 0).atZone(ReportPeriod.ZONE).toInstant();
        for (int i = 0; i < ATTENTIONS; i++) {
            Instant start = first.plus(Duration.ofDays(i % 10)).plus(Duration.ofMinutes(20L * i));
            Attention a = SampleAttentions.of(1000 + i, start);
            // Handling times 3, 5, 7, … minutes (plus the seconds of the sample): the tests recompute the figures.
            a = new Attention(a.id(), a.code(), a.visitId(), a.advisorId(), a.pointId(), a.document(), a.citizenNames(),
                    a.verification(), a.verificationCode(), a.procedureId(), a.outcome(), a.language(), start,
                    start.plus(Duration.ofSeconds(60L * (3 + 2 * (i % 13)) + i)), a.servedVia(), a.arrival());
            store.attentions().save(a);
            s.saved.add(a);
        }
        Instant t1 = first.plus(Duration.ofDays(3)).plus(Duration.ofHours(2));
        store.incidents().record(new Incident(UUID.randomUUID(), IncidentType.POWER_CUT, IncidentSeverity.MODERADA, t1,
                INCIDENT_TEXT, "Se esperó", "ADV-1", "TAMBO-NUNOA-01", t1, null));
        Instant t2 = first.plus(Duration.ofDays(12));
        store.incidents().record(new Incident(UUID.randomUUID(), IncidentType.AGGRESSION, IncidentSeverity.GRAVE, t2,
                INCIDENT_TEXT, "Se llamó al serenazgo", "ADV-1", "TAMBO-NUNOA-01", t2, null));
        return s;
    }

    /** The handling median in minutes, computed here from the saved attentions (not by the report). */
    double handlingMedian() {
        double[] m = saved.stream().mapToDouble(a -> Duration.between(a.startedAt(), a.endedAt()).toMillis() / 60_000.0)
                .sorted().toArray();
        return m.length % 2 == 1 ? m[m.length / 2] : (m[m.length / 2 - 1] + m[m.length / 2]) / 2;
    }

    /** The handling 90th percentile (nearest rank), computed here. */
    double handlingP90() {
        double[] m = saved.stream().mapToDouble(a -> Duration.between(a.startedAt(), a.endedAt()).toMillis() / 60_000.0)
                .sorted().toArray();
        return m[(int) Math.ceil(0.9 * m.length) - 1];
    }

    /** The citizens' names and document numbers saved, and the incidents' free text: none may reach a report. */
    List<String> personalData() {
        List<String> out = new ArrayList<>();
        for (Attention a : saved) {
            out.add(a.citizenNames());
            out.add(a.document().number());
        }
        out.add(INCIDENT_TEXT);
        return out.stream().distinct().toList();
    }
}
