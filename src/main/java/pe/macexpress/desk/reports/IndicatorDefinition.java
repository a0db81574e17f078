package pe.macexpress.desk.reports;

import java.util.Locale;
import java.util.Objects;

/**
 * Issue 14 (indicators): one row of PCM's indicator sheet ("ficha de indicador") as the desk
 * defines it in {@code reports/indicators.json}: its stable id, scope of measurement × scope of
 * control, unit, frequency, which way is better, and the default baseline and targets (used until
 * a supervisor edits them, see {@link IndicatorConfig}). Names, units and means of verification are
 * bundle keys: {@link #nameKey()}, {@link #unitKey()}, {@link #sourceKey()}.
 */
public record IndicatorDefinition(String id, Measurement measurement, Control control, Unit unit, Frequency frequency,
                                  Direction direction, IndicatorTargets defaults) {
    public IndicatorDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(measurement);
        Objects.requireNonNull(control);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(frequency);
        Objects.requireNonNull(direction);
        Objects.requireNonNull(defaults);
        if (!id.matches("[a-z][a-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("indicator id: " + id);
        }
    }

    /** Scope of measurement (ámbito de medición). */
    public enum Measurement {
        INSUMO, PROCESO, PRODUCTO, RESULTADO;

        public String messageKey() {
            return "indicator.measurement." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Scope of control (ámbito de control). */
    public enum Control {
        EFICIENCIA, CALIDAD, ECONOMIA, EQUIDAD;

        public String messageKey() {
            return "indicator.control." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the value is measured; {@link #PERCENT} values are 0 to 100. */
    public enum Unit {
        MINUTES, PERCENT, COUNT, PER_THOUSAND, PER_HUNDRED, DAYS;

        /** The largest value that makes sense (100 for a share), for validation. */
        public double max() {
            return this == PERCENT ? 100 : 1_000_000;
        }
    }

    public enum Frequency {
        MONTHLY, YEARLY;

        public String messageKey() {
            return "indicator.frequency." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which way the value is better: a target is met at or below it ({@link #LOWER}) or at or above it. */
    public enum Direction {
        LOWER, HIGHER;

        public boolean meets(double value, double target) {
            return this == LOWER ? value <= target : value >= target;
        }

        public String messageKey() {
            return "indicator.direction." + name().toLowerCase(Locale.ROOT);
        }
    }

    public String nameKey() {
        return "indicator." + id + ".name";
    }

    public String unitKey() {
        return "indicator." + id + ".unit";
    }

    /** Means of verification (medio de verificación). */
    public String sourceKey() {
        return "indicator." + id + ".source";
    }
}
