package pe.macexpress.desk.reports;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Issue 14 (indicators): one indicator over one period, typed: its definition, the point's baseline
 * and targets, the period's value (empty: "sin dato") and whether it meets the target of
 * {@code year} (the year of the period's last day).
 */
public record IndicatorRow(IndicatorDefinition indicator, IndicatorTargets targets, int year, OptionalDouble value,
                           Verdict verdict) {

    public enum Verdict {
        MEETS, MISSES,
        /** The value has no source: nothing to compare. */
        NO_VALUE,
        /** No target for the period's year. */
        NO_TARGET;

        public String messageKey() {
            return "indicator.verdict." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    /** The row for {@code value} against the target of {@code year}. */
    public static IndicatorRow of(IndicatorDefinition indicator, IndicatorTargets targets, int year, OptionalDouble value) {
        OptionalDouble target = targets.targetFor(year);
        Verdict verdict;
        if (value.isEmpty()) {
            verdict = Verdict.NO_VALUE;
        } else if (target.isEmpty()) {
            verdict = Verdict.NO_TARGET;
        } else {
            verdict = indicator.direction().meets(value.getAsDouble(), target.getAsDouble()) ? Verdict.MEETS
                    : Verdict.MISSES;
        }
        return new IndicatorRow(indicator, targets, year, value, verdict);
    }
}
