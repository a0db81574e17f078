package pe.macexpress.desk.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Issue 14 (indicators): the indicators of the sheet, read once from {@value #RESOURCE}, and the
 * value of each one computed from a {@link PointReport} of any period. A value whose source the
 * point does not have (no arrival turns, no surveys, no attention to divide by, never synced) is
 * empty — "sin dato" — never zero.
 */
public final class Indicators {
    public static final String RESOURCE = "/reports/indicators.json";
    /** Average days of a month, to bring a period that is not whole months to "per month". */
    static final double DAYS_PER_MONTH = 365.25 / 12;

    private static final List<IndicatorDefinition> ALL = load();

    private Indicators() {
    }

    /** Every indicator, in the sheet's order. */
    public static List<IndicatorDefinition> all() {
        return ALL;
    }

    public static Optional<IndicatorDefinition> find(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The value of {@code indicator} over the report's period, in the indicator's unit (percentages
     * from 0 to 100); empty when its source does not exist.
     */
    public static OptionalDouble value(IndicatorDefinition indicator, PointReport r) {
        return switch (indicator.id()) {
            case "waiting_time" -> r.waiting().median();
            case "waiting_time_p90" -> r.waiting().p90();
            case "handling_time" -> r.handling().median();
            case "attentions_per_month" -> OptionalDouble.of(perMonth(r.attentions(), r.period()));
            case "first_visit" -> percent(Share.of(r.withOutcome("ATENDIDO"), r.attentions()));
            case "referred" -> percent(Share.of(r.withOutcome("DERIVADO"), r.attentions()));
            case "satisfaction" -> percent(Share.of(
                    r.satisfaction().stream().mapToLong(s -> s.satisfied().part()).sum(),
                    r.satisfaction().stream().mapToLong(s -> s.satisfied().whole()).sum()));
            case "complaints" -> rate(r.complaints(), r.attentions(), 1000);
            case "complaints_overdue" -> percent(Share.of(r.complaintsOverdue(), r.complaints()));
            case "pide_verified" -> percent(r.verifiedByPide());
            case "days_without_sync" -> r.daysWithoutSync().isPresent()
                    ? OptionalDouble.of(r.daysWithoutSync().getAsInt()) : OptionalDouble.empty();
            case "overdue_cases" -> OptionalDouble.of(r.overdueCases());
            case "unmet_demand" -> rate(r.unmetTotal(), r.attentions(), 100);
            default -> throw new IllegalArgumentException("no computation for indicator " + indicator.id());
        };
    }

    /**
     * Attentions per month: over whole calendar months, the total divided by the months; over any
     * other period, per day times the average days of a month.
     */
    static double perMonth(long attentions, ReportPeriod period) {
        LocalDate first = period.first();
        LocalDate last = period.last();
        if (first.getDayOfMonth() == 1 && last.equals(YearMonth.from(last).atEndOfMonth())) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) + 1;
            return (double) attentions / months;
        }
        return attentions * DAYS_PER_MONTH / period.days();
    }

    private static OptionalDouble percent(Share share) {
        OptionalDouble r = share.ratio();
        return r.isPresent() ? OptionalDouble.of(r.getAsDouble() * 100) : r;
    }

    private static OptionalDouble rate(long part, long attentions, int per) {
        return attentions == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part * per / attentions);
    }

    /** Every bundle key the indicators use (for the localization test: these keys are built at run time). */
    public static Set<String> messageKeys() {
        Set<String> keys = new TreeSet<>();
        for (IndicatorDefinition d : ALL) {
            keys.add(d.nameKey());
            keys.add(d.unitKey());
            keys.add(d.sourceKey());
        }
        for (IndicatorDefinition.Measurement m : IndicatorDefinition.Measurement.values()) {
            keys.add(m.messageKey());
        }
        for (IndicatorDefinition.Control c : IndicatorDefinition.Control.values()) {
            keys.add(c.messageKey());
        }
        for (IndicatorDefinition.Frequency f : IndicatorDefinition.Frequency.values()) {
            keys.add(f.messageKey());
        }
        for (IndicatorDefinition.Direction d : IndicatorDefinition.Direction.values()) {
            keys.add(d.messageKey());
        }
        for (IndicatorRow.Verdict v : IndicatorRow.Verdict.values()) {
            keys.add(v.messageKey());
        }
        return keys;
    }

    private static List<IndicatorDefinition> load() {
        try (InputStream in = Indicators.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<IndicatorDefinition> out = new ArrayList<>();
            for (JsonNode n : root.path("indicators")) {
                out.add(new IndicatorDefinition(n.path("id").asText(),
                        IndicatorDefinition.Measurement.valueOf(n.path("measurement").asText()),
                        IndicatorDefinition.Control.valueOf(n.path("control").asText()),
                        IndicatorDefinition.Unit.valueOf(n.path("unit").asText()),
                        IndicatorDefinition.Frequency.valueOf(n.path("frequency").asText()),
                        IndicatorDefinition.Direction.valueOf(n.path("direction").asText()),
                        IndicatorConfig.targets(n)));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
