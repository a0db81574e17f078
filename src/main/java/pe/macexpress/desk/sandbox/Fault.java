package pe.macexpress.desk.sandbox;

import java.util.Locale;

/**
 * A misbehaviour the sandbox can be told to show, for tests and training: see {@link SandboxServer}.
 *
 * @param kind what goes wrong
 * @param code for {@link Kind#CODE}: the result code to answer ("1003", "0002", …)
 * @param delayMs wait this long before answering (with any kind; alone with {@link Kind#DELAY})
 * @param times how many consultations it applies to; 0 or less = until cleared
 * @param service "RENIEC", "MIGRACIONES" or blank for both; "PORTAL" for the look-alike portal pages only
 */
public record Fault(Kind kind, String code, long delayMs, int times, String service) {

    public enum Kind {
        /** Answer normally, but this result code. */
        CODE,
        /** Answer normally, after {@code delayMs}. */
        DELAY,
        /** HTTP 500 with an HTML error page. */
        HTTP_500,
        /** HTTP 200 with a captive portal's HTML login page. */
        HTML,
        /** HTTP 200, JSON cut in the middle. */
        TRUNCATED,
        /** HTTP 200, a 50 MB body. */
        HUGE,
        /** HTTP 200, JSON nested 100,000 levels deep. */
        NESTED,
        /** HTTP 200, code 0000, but the photo is a PNG, not a JPEG. */
        NOT_JPEG,
        /** Accept the connection, then close it without answering. */
        RESET;

        public static Kind parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public Fault {
        code = code == null ? "" : code.strip();
        service = service == null ? "" : service.strip().toUpperCase(Locale.ROOT);
    }

    public static Fault of(Kind kind) {
        return new Fault(kind, "", 0, 0, "");
    }

    public static Fault code(String code) {
        return new Fault(Kind.CODE, code, 0, 0, "");
    }

    public static Fault delay(long ms) {
        return new Fault(Kind.DELAY, "", ms, 0, "");
    }

    public Fault times(int n) {
        return new Fault(kind, code, delayMs, n, service);
    }

    boolean appliesTo(String svc) {
        return service.isEmpty() || service.equals(svc);
    }

    /** Waits the fault's delay on the serving thread; false when interrupted (the server is closing). */
    boolean waitDelay() {
        if (delayMs() <= 0) {
            return true;
        }
        try {
            Thread.sleep(delayMs());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
