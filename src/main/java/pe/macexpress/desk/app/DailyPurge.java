package pe.macexpress.desk.app;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.macexpress.desk.store.Retention;
import pe.macexpress.desk.store.StoreException;

/**
 * Issue 15 (purge): the retention rule once a day while the counter app runs. The desk runs it at
 * start ({@link DeskContext}); this checks every {@link #CHECK_EVERY} on a thread of its own (never
 * the FX thread) whether the day changed since the last run, kept in the database, so a desk left
 * open for a week still purges daily. A failed run is logged by its kind (never a name or number)
 * and tried again at the next check.
 */
public final class DailyPurge implements AutoCloseable {
    /** How often the day is checked: a run starts at most this long after midnight. */
    public static final Duration CHECK_EVERY = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(DailyPurge.class.getName());

    private final Retention retention;
    private ScheduledExecutorService timer;

    public DailyPurge(Retention retention) {
        this.retention = retention;
    }

    /** One check: purges when today's run has not happened yet. */
    public synchronized Optional<Retention.Report> check() {
        try {
            return retention.runIfDue(Retention.SYSTEM_ACTOR);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "daily purge failed ({0}); tried again at the next check", e.kind());
            return Optional.empty();
        }
    }

    /** Starts the checks (idempotent). */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "desk-daily-purge");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        long every = CHECK_EVERY.toMillis();
        timer.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            t = timer;
            timer = null;
        }
        if (t != null) {
            t.shutdownNow();
        }
    }
}
