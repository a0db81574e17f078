package pe.macexpress.desk.store;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves WAL checkpoints out of the advisor's save. SQLite's automatic checkpoint runs inside the
 * commit that takes the WAL past 1,000 pages; a save writes about 13 pages (the row, its five
 * indexes, the outbox row and its indexes), so about one save in eighty paid for a checkpoint and
 * took 3–5× longer (measured: the commit p99 was the checkpoint). Here a commit returns as soon as
 * its WAL frames are on disk, and a passive checkpoint of what it wrote follows on this worker,
 * under the database lock, while the counter is idle. Durability does not change: a committed
 * transaction is in the synced WAL whether or not it was checkpointed.
 *
 * <p>Back-to-back writes (seed-demo, a sync batch) coalesce into one checkpoint. If this worker is
 * ever starved, SQLite's own automatic checkpoint, raised to {@link #FALLBACK_PAGES}, still bounds
 * the WAL.
 */
final class IdleCheckpointer {
    /** SQLite's automatic checkpoint stays on as a backstop, at ten times its default. */
    static final int FALLBACK_PAGES = 10_000;

    private static final Logger LOG = Logger.getLogger(IdleCheckpointer.class.getName());

    private final Database db;
    /** About 830 WAL pages of saves: SQLite's own threshold is 1,000 pages. */
    static final int COMMITS_PER_CHECKPOINT = Integer.getInteger("desk.checkpointEvery", 64);

    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong commitsSince = new AtomicLong();
    private final AtomicLong checkpoints = new AtomicLong();
    private final AtomicLong checkpointNanos = new AtomicLong();
    private final ThreadPoolExecutor worker;

    IdleCheckpointer(Database db) {
        this.db = db;
        // No thread while idle: the worker ends a few seconds after the last checkpoint.
        this.worker = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "store-checkpoint");
            t.setDaemon(true);
            return t;
        });
        worker.allowCoreThreadTimeOut(true);
    }

    /** Called after every committed write; at most one checkpoint waits in the queue. */
    void afterCommit() {
        if (commitsSince.incrementAndGet() >= COMMITS_PER_CHECKPOINT && !worker.isShutdown()
                && queued.compareAndSet(false, true)) {
            try {
                worker.execute(this::checkpoint);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                queued.set(false);
            }
        }
    }

    private void checkpoint() {
        commitsSince.set(0);
        queued.set(false); // commits from now on count towards the next checkpoint
        long t0 = System.nanoTime();
        try {
            if (db.checkpointPassive()) {
                checkpoints.incrementAndGet();
                checkpointNanos.addAndGet(System.nanoTime() - t0);
            }
        } catch (RuntimeException e) {
            // The commit already succeeded; the next commit or SQLite's backstop tries again.
            LOG.log(Level.WARNING, "WAL checkpoint failed: {0}", e.getMessage());
        }
    }

    /** Checkpoints run so far and their total time: the benchmark prints the work moved here. */
    long count() {
        return checkpoints.get();
    }

    long totalNanos() {
        return checkpointNanos.get();
    }

    /** Waits until a queued or running checkpoint has finished (tests and the benchmark). */
    void awaitIdle() {
        try {
            worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // Shut down: nothing runs any more.
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("checkpoint worker did not become idle", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets a queued checkpoint finish; called before the connection closes, without the lock. */
    void shutdown() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
