package pe.macexpress.desk.sync;

import java.time.Duration;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;

/**
 * Tunables of the engine, from {@code macexpress.properties} ({@code sync.*}); tests shorten them.
 *
 * @param maxRecords records per batch (at most 200)
 * @param maxBatchBytes compressed bytes per batch (at most 256 KB)
 * @param maxAttempts consecutive failures of one batch before the run gives up (the queue is kept)
 * @param backoffBase first wait after a failure; doubles per failure, with full jitter
 * @param backoffCap longest wait between tries (Retry-After is honoured even if longer, up to 10 min)
 * @param reconcileEvery how often a drained run asks the central which acknowledged attentions it
 *     lacks (zero: never); weekly by default, because the request costs about 60 bytes per attention
 * @param reconcileWindow how far back: attentions acknowledged within it and not yet purged (the
 *     retention period by default; a purged attention could not be sent again anyway)
 * @param callTimeout the whole of one request, from connecting to the last byte of the answer: a
 *     server that drips bytes (each within the read timeout) cannot hold a call longer (issue 15)
 * @param runDeadline the whole of one run of the {@code sync} command: past it the run stops and
 *     the data folder's lock is released, so the counter application is never kept out (issue 15)
 */
public record SyncConfig(int maxRecords, int maxBatchBytes, Duration connectTimeout, Duration readTimeout,
                         int maxAttempts, Duration backoffBase, Duration backoffCap,
                         int warnPendingCount, int warnAgeDays, Duration reconcileEvery, Duration reconcileWindow,
                         Duration callTimeout, Duration runDeadline) {
    public static final int MAX_RECORDS = 200;
    public static final int MAX_BATCH_BYTES = 256 * 1024;

    public SyncConfig {
        maxRecords = Math.max(1, Math.min(MAX_RECORDS, maxRecords));
        maxBatchBytes = Math.max(1024, Math.min(MAX_BATCH_BYTES, maxBatchBytes));
        maxAttempts = Math.max(1, maxAttempts);
        reconcileEvery = reconcileEvery.isNegative() ? Duration.ZERO : reconcileEvery;
        reconcileWindow = reconcileWindow.isNegative() ? Duration.ZERO : reconcileWindow;
        callTimeout = callTimeout == null || callTimeout.isNegative() || callTimeout.isZero()
                ? DEFAULT_CALL_TIMEOUT : callTimeout;
        runDeadline = runDeadline == null || runDeadline.isNegative() || runDeadline.isZero()
                ? DEFAULT_RUN_DEADLINE : runDeadline;
    }

    /** Two minutes: a 256 KB batch needs about 70 s at 30 kbit/s, the slowest satellite link seen. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
    /** Twenty minutes: the scheduled unit's TimeoutStartSec (25 min) is longer, so the run ends by itself. */
    public static final Duration DEFAULT_RUN_DEADLINE = Duration.ofMinutes(20);

    public static SyncConfig defaults() {
        return new SyncConfig(MAX_RECORDS, MAX_BATCH_BYTES, Duration.ofSeconds(15), Duration.ofSeconds(60), 6,
                Duration.ofMillis(500), Duration.ofSeconds(60), 500, 21, Duration.ofDays(7), Duration.ofDays(90),
                DEFAULT_CALL_TIMEOUT, DEFAULT_RUN_DEADLINE);
    }

    /** The {@code sync.*} keys of the configuration, already checked (out-of-range values are refused there). */
    public static SyncConfig from(DeskSettings s) {
        return new SyncConfig(s.get(ConfigKeys.SYNC_BATCH_RECORDS), s.get(ConfigKeys.SYNC_BATCH_BYTES),
                s.get(ConfigKeys.SYNC_CONNECT_TIMEOUT), s.get(ConfigKeys.SYNC_READ_TIMEOUT),
                s.get(ConfigKeys.SYNC_MAX_ATTEMPTS), s.get(ConfigKeys.SYNC_BACKOFF_BASE), s.get(ConfigKeys.SYNC_BACKOFF_CAP),
                s.get(ConfigKeys.SYNC_WARN_PENDING_COUNT), (int) s.get(ConfigKeys.SYNC_WARN_AGE_DAYS).toDays(),
                s.get(ConfigKeys.SYNC_RECONCILE_EVERY), s.get(ConfigKeys.SYNC_RECONCILE_WINDOW),
                s.get(ConfigKeys.SYNC_CALL_TIMEOUT), s.get(ConfigKeys.SYNC_RUN_DEADLINE));
    }

    public SyncConfig withBatch(int records) {
        return new SyncConfig(records, maxBatchBytes, connectTimeout, readTimeout, maxAttempts, backoffBase,
                backoffCap, warnPendingCount, warnAgeDays, reconcileEvery, reconcileWindow, callTimeout, runDeadline);
    }

    public SyncConfig withTimeouts(Duration connect, Duration read) {
        return new SyncConfig(maxRecords, maxBatchBytes, connect, read, maxAttempts, backoffBase, backoffCap,
                warnPendingCount, warnAgeDays, reconcileEvery, reconcileWindow, callTimeout, runDeadline);
    }

    public SyncConfig withBackoff(int attempts, Duration base, Duration cap) {
        return new SyncConfig(maxRecords, maxBatchBytes, connectTimeout, readTimeout, attempts, base, cap,
                warnPendingCount, warnAgeDays, reconcileEvery, reconcileWindow, callTimeout, runDeadline);
    }

    public SyncConfig withWarnings(int pendingCount, int ageDays) {
        return new SyncConfig(maxRecords, maxBatchBytes, connectTimeout, readTimeout, maxAttempts, backoffBase,
                backoffCap, pendingCount, ageDays, reconcileEvery, reconcileWindow, callTimeout, runDeadline);
    }

    /** Another bound on each call and on the whole run (tests shorten them). */
    public SyncConfig withDeadlines(Duration call, Duration run) {
        return new SyncConfig(maxRecords, maxBatchBytes, connectTimeout, readTimeout, maxAttempts, backoffBase,
                backoffCap, warnPendingCount, warnAgeDays, reconcileEvery, reconcileWindow, call, run);
    }
}
