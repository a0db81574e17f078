package pe.macexpress.desk.app;

/**
 * With {@code -Dmacexpress.startupTrace=true}, one line per start-up step on standard error:
 * milliseconds since the process started, the step and the thread. For finding what a start waits
 * for (packaging/README.md, start-up benchmark); off, it costs one field read. Steps name code,
 * never data.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("macexpress.startupTrace");
    private static final long START_MILLIS = ON
            ? java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private StartupTrace() {
    }

    public static boolean enabled() {
        return ON;
    }

    public static void mark(String step) {
        if (ON) {
            // No printf: its first use loads the locale data, which would then be counted as start-up.
            System.err.println("startup " + (System.currentTimeMillis() - START_MILLIS) + " ms  " + step + "  ["
                    + Thread.currentThread().getName() + "]");
        }
    }
}
