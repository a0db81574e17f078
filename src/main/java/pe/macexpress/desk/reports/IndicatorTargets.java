package pe.macexpress.desk.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Issue 14 (indicators): an indicator's baseline (year and value) and its targets for the four
 * years after the baseline year ({@code baselineYear + 1 … + 4}). A default may lack the baseline's
 * value or a target (shown "sin dato"); what a supervisor saves has all of them ({@link #parse}).
 */
public record IndicatorTargets(int baselineYear, OptionalDouble baseline, List<OptionalDouble> targets) {
    public static final int YEARS = 4;
    /** Years a baseline may have (a typo like 2205 is refused). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public IndicatorTargets {
        Objects.requireNonNull(baseline);
        targets = List.copyOf(targets);
        if (targets.size() != YEARS) {
            throw new IllegalArgumentException("targets for " + targets.size() + " years, not " + YEARS);
        }
    }

    /** The target for {@code year}, empty when the year is not one of the four or has no target. */
    public OptionalDouble targetFor(int year) {
        int i = year - baselineYear - 1;
        return i >= 0 && i < YEARS ? targets.get(i) : OptionalDouble.empty();
    }

    /** The year of target {@code index} (0 to 3). */
    public int targetYear(int index) {
        return baselineYear + 1 + index;
    }

    /** True when the baseline value and all four targets are present. */
    public boolean complete() {
        return baseline.isPresent() && targets.stream().allMatch(OptionalDouble::isPresent);
    }

    /** The outcome of {@link #parse}: the targets, or the message key (and its arguments) of what is wrong. */
    public record Parsed(IndicatorTargets targets, String errorKey, List<Object> errorArgs) {
        public boolean ok() {
            return targets != null;
        }

        static Parsed error(String key, Object... args) {
            return new Parsed(null, key, List.of(args));
        }
    }

    /**
     * Checks what a supervisor typed: a year between {@value #FIRST_YEAR} and {@value #LAST_YEAR}, a
     * baseline value and four targets, each a number from 0 to the unit's maximum (100 for a
     * percentage), decimals with a point or a comma. Error keys: {@code indicator.error.*}.
     */
    public static Parsed parse(IndicatorDefinition.Unit unit, String year, String baseline, List<String> targets) {
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            return Parsed.error("indicator.error.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR - YEARS));
        }
        if (y < FIRST_YEAR || y > LAST_YEAR - YEARS) {
            return Parsed.error("indicator.error.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR - YEARS));
        }
        OptionalDouble base = number(baseline, unit);
        if (base.isEmpty()) {
            return Parsed.error("indicator.error.baseline", number(unit.max()));
        }
        if (targets == null || targets.size() != YEARS) {
            return Parsed.error("indicator.error.target.count", String.valueOf(YEARS));
        }
        List<OptionalDouble> values = new ArrayList<>();
        for (int i = 0; i < YEARS; i++) {
            OptionalDouble v = number(targets.get(i), unit);
            if (v.isEmpty()) {
                return Parsed.error("indicator.error.target", String.valueOf(y + 1 + i), number(unit.max()));
            }
            values.add(v);
        }
        return new Parsed(new IndicatorTargets(y, base, values), "", List.of());
    }

    private static OptionalDouble number(String text, IndicatorDefinition.Unit unit) {
        if (text == null || !text.strip().matches("\\d{1,9}([.,]\\d{1,4})?")) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(text.strip().replace(',', '.'));
        return v <= unit.max() ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private static String number(double v) {
        return FigureFormat.plain(OptionalDouble.of(v));
    }
}
