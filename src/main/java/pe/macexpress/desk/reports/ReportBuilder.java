package pe.macexpress.desk.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.contract.SurveyContent;
import pe.macexpress.desk.store.ReportStore;
import pe.macexpress.desk.store.Store;

/**
 * Computes a {@link PointReport} from the local store: one pass over the period's attentions (a
 * year at a busy counter is ~500,000 rows; nothing is held per attention but two numbers), then
 * the small tables. Never on the FX thread.
 *
 * <p>Issue 14 (speed at scale): the pass reads {@link ReportStore#attentionFigures} (a covering
 * index, six values per row) rather than the full rows; with 1,000,000 attentions stored a month
 * (~40,000) builds in ~0.1 s of CPU and a year (~500,000) in ~1.1 s (README, "Reportes con
 * 1 000 000 de atenciones"; StoreBenchmark).
 */
public final class ReportBuilder {
    private final Store store;
    private final Supplier<Catalog> catalog;
    private final java.time.Clock clock;

    public ReportBuilder(Store store, Supplier<Catalog> catalog) {
        this(store, catalog, java.time.Clock.systemUTC());
    }

    /** {@code clock} says which days of the period have passed (days yet to come are not "without sync"). */
    public ReportBuilder(Store store, Supplier<Catalog> catalog, java.time.Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    public PointReport build(ReportPeriod period) {
        Catalog cat = catalog.get();
        Instant from = period.start();
        Instant to = period.end();
        ReportStore reports = store.reports();
        String pointId = store.advisors().point().map(p -> p.id()).orElse("");

        // Issue 14 (speed at scale): the scan counts by facets (a few hundred distinct combinations of
        // procedure, channel, outcome, verification and language, shared instances), and the figures by
        // entity, procedure, kind, channel, outcome and language are summed from those counts afterwards;
        // a day's index is found among the period's day boundaries (no date object per attention).
        Map<ReportStore.AttentionFacets, long[]> byFacets = new java.util.IdentityHashMap<>();
        long[] dayStarts = new long[(int) period.days() + 1];
        for (int i = 0; i < dayStarts.length; i++) {
            dayStarts[i] = period.first().plusDays(i).atStartOfDay(ReportPeriod.ZONE).toInstant().toEpochMilli();
        }
        long[] perDay = new long[(int) period.days()];
        Map<String, long[]> visitTimes = new HashMap<>(); // visit id -> {arrived, called}
        Durations handling = new Durations();
        long[] attentions = {0};
        reports.attentionFigures(from, to, (facets, visitId, startedAt, endedAt, arrivedAt, calledAt) -> {
            attentions[0]++;
            long[] n = byFacets.get(facets);
            if (n == null) {
                byFacets.put(facets, n = new long[1]);
            }
            n[0]++;
            int found = java.util.Arrays.binarySearch(dayStarts, startedAt);
            int index = found >= 0 ? found : -found - 2; // the day whose start is at or before startedAt
            if (index >= 0 && index < perDay.length) {
                perDay[index]++;
            }
            handling.add(endedAt - startedAt);
            if (arrivedAt > 0 && calledAt > 0) {
                long[] times = visitTimes.get(visitId);
                if (times == null) {
                    visitTimes.put(visitId, new long[] {arrivedAt, calledAt});
                } else {
                    times[0] = Math.min(times[0], arrivedAt);
                    times[1] = Math.min(times[1], calledAt);
                }
            } else {
                visitTimes.putIfAbsent(visitId, null);
            }
        });
        Map<String, long[]> entity = new HashMap<>();
        Map<String, long[]> procedure = new HashMap<>();
        Map<String, long[]> kind = new HashMap<>();
        Map<String, long[]> channel = new HashMap<>();
        Map<String, long[]> outcome = new HashMap<>();
        Map<String, long[]> language = new HashMap<>();
        long verified = 0;
        for (Map.Entry<ReportStore.AttentionFacets, long[]> e : byFacets.entrySet()) {
            ReportStore.AttentionFacets a = e.getKey();
            long n = e.getValue()[0];
            Procedure p = cat.find(a.procedureId()).orElse(null);
            count(procedure, a.procedureId(), n);
            count(entity, p == null ? PointReport.UNKNOWN : p.entity(), n);
            count(kind, p == null ? PointReport.UNKNOWN : p.kind().name().toLowerCase(java.util.Locale.ROOT), n);
            count(channel, a.channel(), n);
            count(outcome, a.outcome(), n);
            count(language, a.spokenLanguage(), n);
            if ("VERIFIED".equals(a.verification()) || "VERIFIED_MINOR".equals(a.verification())) {
                verified += n;
            }
        }

        Durations waiting = new Durations();
        visitTimes.values().forEach(t -> {
            if (t != null) {
                waiting.add(t[1] - t[0]);
            }
        });
        long visits = visitTimes.size();
        for (ReportStore.VisitRow v : reports.orientationOnlyVisits(from, to)) {
            if (!visitTimes.containsKey(v.id())) {
                visits++;
                waiting.add(v.calledAt() - v.arrivedAt());
            }
        }

        long orientations = 0;
        Map<String, long[]> unmet = new HashMap<>();
        for (ReportStore.OrientationRow o : reports.orientations(from, to)) {
            if ("unmet".equals(o.type())) {
                count(unmet, o.entityId() == null ? "" : o.entityId());
            } else {
                orientations++;
            }
        }

        List<ReportStore.SurveyRow> surveys = reports.surveys(period.first(), period.dayAfter());
        List<Satisfaction> satisfaction = new ArrayList<>();
        for (int d = 0; d < SurveyContent.DRIVERS.size(); d++) {
            long sum = 0;
            int answered = 0;
            int satisfied = 0;
            for (ReportStore.SurveyRow s : surveys) {
                Integer v = s.answers().get(d);
                if (v != null) {
                    sum += v;
                    answered++;
                    satisfied += v >= Satisfaction.SATISFIED_FROM ? 1 : 0;
                }
            }
            satisfaction.add(new Satisfaction(SurveyContent.DRIVERS.get(d), answered,
                    answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / answered),
                    Share.of(satisfied, answered)));
        }
        Map<String, Integer> suggestions = reports.suggestions(period.first(), period.dayAfter());

        LocalDate lastDay = period.last();
        List<ReportStore.ComplaintRow> complaints = reports.complaints(from, to);
        long complaintsOverdue = complaints.stream().filter(c -> c.dueDate() != null && c.dueDate().isBefore(lastDay)
                && (c.answeredOn() == null || c.answeredOn().isAfter(lastDay))).count();

        Map<String, long[]> incidents = new HashMap<>();
        long serious = 0;
        for (ReportStore.IncidentRow i : reports.incidents(from, to)) {
            count(incidents, i.type());
            serious += i.serious() ? 1 : 0;
        }

        long open = 0;
        long overdue = 0;
        long opened = 0;
        long endMillis = to.toEpochMilli();
        for (ReportStore.CaseRow c : reports.cases(from, to)) {
            opened += c.openedAt() >= from.toEpochMilli() ? 1 : 0;
            if (c.closedAt() == 0 || c.closedAt() >= endMillis) {
                open++;
                overdue += c.dueDate() != null && c.dueDate().isBefore(lastDay) ? 1 : 0;
            }
        }

        OptionalInt withoutSync = OptionalInt.empty();
        if (reports.everSynced()) {
            List<LocalDate> synced = reports.syncDays(from, to, ReportPeriod.ZONE);
            // Only the days of the period that have begun: the rest of the current month cannot have synced yet.
            LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
            long passed = today.isBefore(period.first()) ? 0
                    : java.time.temporal.ChronoUnit.DAYS.between(period.first(), today.isAfter(lastDay) ? lastDay : today) + 1;
            withoutSync = OptionalInt.of((int) Math.max(0,
                    passed - synced.stream().filter(d -> period.contains(d) && !d.isAfter(today)).count()));
        }

        SortedMap<LocalDate, Long> days = new TreeMap<>();
        for (int i = 0; i < perDay.length; i++) {
            days.put(period.first().plusDays(i), perDay[i]);
        }
        return new PointReport(period, pointId, attentions[0], visits, Collections.unmodifiableSortedMap(days),
                sorted(entity), sorted(procedure), sorted(kind), sorted(channel), sorted(outcome), sorted(language),
                waiting.stats(), handling.stats(), Share.of(verified, attentions[0]),
                List.copyOf(satisfaction), surveys.size(), complaints.size(), complaintsOverdue,
                sorted(incidents), serious, orientations, sorted(unmet),
                suggestions.getOrDefault("suggestion", 0), suggestions.getOrDefault("compliment", 0),
                open, overdue, opened, withoutSync);
    }

    private static void count(Map<String, long[]> counts, String key) {
        count(counts, key, 1);
    }

    private static void count(Map<String, long[]> counts, String key, long n) {
        counts.computeIfAbsent(key == null ? "" : key, k -> new long[1])[0] += n;
    }

    /** Largest count first, then by key: the order bars and tables show. */
    private static Map<String, Long> sorted(Map<String, long[]> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, long[]>comparingByValue((x, y) -> Long.compare(y[0], x[0]))
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()[0]));
        return Collections.unmodifiableMap(out);
    }

    /** Durations in milliseconds gathered as minutes; negative ones (a clock set back) are left out. */
    private static final class Durations {
        private double[] minutes = new double[1024];
        private int count;

        void add(long millis) {
            if (millis < 0) {
                return;
            }
            if (count == minutes.length) {
                minutes = java.util.Arrays.copyOf(minutes, count * 2);
            }
            minutes[count++] = millis / 60_000.0;
        }

        TimeStats stats() {
            return TimeStats.of(minutes, count);
        }
    }
}
