package pe.macexpress.desk.reports;

import java.util.OptionalDouble;

/** A part of a whole (e.g. attentions verified by PIDE of all attentions); no value when the whole is zero. */
public record Share(long part, long whole) {
    public static Share of(long part, long whole) {
        return new Share(part, whole);
    }

    /** The share between 0 and 1, empty ("sin dato") when there was nothing to count. */
    public OptionalDouble ratio() {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
