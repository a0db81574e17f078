package pe.macexpress.desk.reports;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * A duration figure in minutes over {@code count} values: median and 90th percentile, empty (shown
 * "sin dato") when there is no value at all. Median: the middle value, or the mean of the two middle
 * values; 90th percentile: nearest rank (the value at rank ⌈0.9·n⌉ of the sorted values), so it is
 * always a value that occurred.
 */
public record TimeStats(int count, OptionalDouble median, OptionalDouble p90) {
    public static final TimeStats NONE = new TimeStats(0, OptionalDouble.empty(), OptionalDouble.empty());

    /** The figures of {@code minutes} (the array is sorted in place). */
    public static TimeStats of(double[] minutes, int count) {
        if (count == 0) {
            return NONE;
        }
        double[] v = count == minutes.length ? minutes : Arrays.copyOf(minutes, count);
        Arrays.sort(v);
        double median = count % 2 == 1 ? v[count / 2] : (v[count / 2 - 1] + v[count / 2]) / 2;
        int rank = (int) Math.ceil(0.9 * count);
        return new TimeStats(count, OptionalDouble.of(median), OptionalDouble.of(v[Math.max(rank, 1) - 1]));
    }
}
