package pe.macexpress.desk.bundle;

/**
 * A bundle or answer file refused, or not written; {@link #problem()} says why in a word the
 * command line and the screen translate. Messages never carry personal data.
 */
public final class BundleException extends Exception {
    public enum Problem {
        /** Not a file of this kind (another file chosen, or its first bytes damaged). */
        NOT_A_BUNDLE,
        /** Cut short: it ends before its last segment (a copy that did not finish). */
        TRUNCATED,
        /** A segment does not authenticate: altered, reordered or cut inside a segment. */
        DAMAGED,
        /** The first segment does not open with our key: made for another central or desk, or altered. */
        NOT_FOR_US,
        /** An answer for a bundle this desk did not write (or whose key it lost). */
        UNKNOWN_BUNDLE,
        /** Bigger than the limit. */
        TOO_LARGE,
        /** The desk has no pinned bundle key or token: it must be enrolled first. */
        NOT_ENROLLED,
        /** Reading or writing a file failed. */
        IO;

        /** The text that explains it on the Sync screen. */
        public String messageKey() {
            return "sync.usb.problem." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Problem problem;

    public BundleException(Problem problem, String message) {
        this(problem, message, null);
    }

    public BundleException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
