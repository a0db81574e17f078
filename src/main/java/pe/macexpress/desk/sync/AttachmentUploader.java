package pe.macexpress.desk.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import pe.macexpress.desk.contract.AttachmentStatus;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.AttachmentStore;
import pe.macexpress.desk.store.Store;

/**
 * Uploads captured documents after the records, in requests of a few chunks each
 * ({@code PUT /attachments/{id}}), resuming every file where the central's acknowledged offset
 * says. Sized for the river's satellite link (256 kbit/s, 600 ms round trip, drops):
 * <ul>
 *   <li>Small requests ({@link Settings#requestBytes()}, 32 KB): a drop loses at most the bytes of
 *   one request still in the link, and the chunk it cut is the only one sent again.</li>
 *   <li>Several files at once ({@link Settings#workers()}, 3), one connection each: while one
 *   request waits for its answer or a dropped connection is re-opened, the others keep the link
 *   busy, so round trips cost no link time.</li>
 *   <li>After a drop the file's next request first asks the central how far it got (a small GET),
 *   so nothing it already holds is sent again.</li>
 * </ul>
 * Progress goes to the store after every answered request ({@code sent_bytes}), so a crash or a
 * closed desk resumes too. Before every request the uploader asks whether records wait; if so it
 * stops, the engine sends them, and the documents go on: counts and complaints never wait behind
 * photos. A file whose SHA-256 the central refuses is started over once, then set aside with the
 * reason, as are files missing on disk or refused by the central.
 */
final class AttachmentUploader {
    /** Tunables; the defaults are the ones measured by {@code AttachmentBenchmark}. */
    record Settings(int chunkBytes, int requestBytes, int workers) {
        static Settings defaults() {
            return new Settings(8 * 1024, 32 * 1024, 3);
        }

        Settings {
            chunkBytes = Math.max(AttachmentStatus.MIN_CHUNK, Math.min(AttachmentStatus.MAX_CHUNK, chunkBytes));
            requestBytes = Math.max(chunkBytes, requestBytes / chunkBytes * chunkBytes);
            workers = Math.max(1, Math.min(8, workers));
        }
    }

    /** Why a drain ended. */
    enum Ended { DRAINED, STOPPED, RECORDS_WAITING, UNREACHABLE, UNAUTHORIZED }

    /** How a drain went: why it ended, documents the central accepted, documents set aside. */
    record Outcome(Ended ended, int sent, int quarantined, SyncError lastError) {
    }

    /** Reasons an attachment is set aside (short machine words, shown through the sync screen's keys). */
    static final String MISSING_LOCALLY = "missing_locally";
    static final String HASH_MISMATCH = "hash_mismatch";
    static final String CONFLICT = "conflict";

    private static final int BATCH = 50;
    private static final int MAX_STALLS = 3;

    private final Store store;
    private final AttachmentStore attachments;
    private final CentralClient client;
    private final SyncConfig config;
    private final Settings settings;
    private final Backoff backoff;
    private final AtomicLong bytesAcknowledged = new AtomicLong();

    AttachmentUploader(Store store, CentralClient client, SyncConfig config, Settings settings) {
        this.store = store;
        this.attachments = store.attachments();
        this.client = client;
        this.config = config;
        this.settings = settings;
        this.backoff = new Backoff(config.backoffBase(), config.backoffCap(), new Random());
    }

    /** Document bytes the central acknowledged since this uploader was made. */
    long bytesAcknowledged() {
        return bytesAcknowledged.get();
    }

    /**
     * Uploads pending attachments until none is left, records wait, the run is stopped or the
     * central stays unreachable. Blocks; {@code onProgress} is called after every answered request
     * (from the workers' threads, one at a time).
     */
    Outcome drain(BooleanSupplier recordsWaiting, BooleanSupplier stopped, Runnable onProgress) {
        Drain d = new Drain(recordsWaiting, stopped, onProgress);
        ExecutorService pool = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "sync-attachments");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < settings.workers(); i++) {
                workers.add(pool.submit(d::work));
            }
            for (Future<?> f : workers) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    d.end(Ended.UNREACHABLE, SyncError.STORE);
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    d.end(Ended.STOPPED, null);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Ended ended = d.ended != null ? d.ended : stopped.getAsBoolean() ? Ended.STOPPED : Ended.DRAINED;
        return new Outcome(ended, d.sent.get(), d.quarantined.get(), d.lastError);
    }

    /** One drain: the queue of attachments the workers share and how it ends. */
    private final class Drain {
        final BooleanSupplier recordsWaiting;
        final BooleanSupplier stopped;
        final Runnable onProgress;
        final Deque<Attachment> queue = new ArrayDeque<>();
        /** Taken in this drain (in flight, done or set aside): never handed out twice. */
        final Set<UUID> taken = new HashSet<>();
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger quarantined = new AtomicInteger();
        volatile Ended ended;
        volatile SyncError lastError;

        Drain(BooleanSupplier recordsWaiting, BooleanSupplier stopped, Runnable onProgress) {
            this.recordsWaiting = recordsWaiting;
            this.stopped = stopped;
            this.onProgress = onProgress;
        }

        synchronized void end(Ended why, SyncError error) {
            if (ended == null) {
                ended = why;
            }
            if (error != null) {
                lastError = error;
            }
        }

        boolean over() {
            if (ended != null) {
                return true;
            }
            if (stopped.getAsBoolean()) {
                end(Ended.STOPPED, null);
                return true;
            }
            if (recordsWaiting.getAsBoolean()) {
                end(Ended.RECORDS_WAITING, null);
                return true;
            }
            return false;
        }

        synchronized Attachment next() {
            if (queue.isEmpty()) {
                for (Attachment a : attachments.pending(BATCH + taken.size())) {
                    if (!taken.contains(a.id())) {
                        queue.add(a);
                    }
                }
            }
            Attachment a = queue.poll();
            if (a != null) {
                taken.add(a.id());
            }
            return a;
        }

        synchronized void progress() {
            onProgress.run();
        }

        void work() {
            Attachment a;
            while (!over() && (a = next()) != null) {
                upload(a);
            }
        }

        void setAside(Attachment a, String reason) {
            attachments.quarantine(a.id(), reason);
            quarantined.incrementAndGet();
            progress();
        }

        /** One file to the end, or until the drain ends (its progress is kept for the next one). */
        void upload(Attachment a) {
            Path file = store.attachmentsFolder().resolve(a.file());
            try {
                if (!Files.isRegularFile(file) || store.documents().plainSize(file) != a.size()) {
                    setAside(a, MISSING_LOCALLY);
                    return;
                }
            } catch (IOException e) {
                setAside(a, MISSING_LOCALLY);
                return;
            }
            long offset = a.sentBytes();
            // Unsure where the central stands: a file started in an earlier run may hold more than
            // was recorded here (the answer was lost). A file never sent starts at 0 without asking.
            boolean unsure = offset > 0;
            boolean afterFailure = false;
            int failures = 0;
            int stalls = 0;
            long before = offset;
            while (!over()) {
                try {
                    if (unsure) {
                        AttachmentStatus held = client.attachmentStatus(a.id());
                        unsure = false;
                        if (held != null && held.accepted() && a.sha256().equals(held.sha256())) {
                            acknowledged(a, before, a.size());
                            done(a);
                            return;
                        }
                        offset = held == null || !a.sha256().equals(held.sha256()) || held.size() != a.size()
                                ? 0 : Math.min(held.offset(), a.size());
                        if (offset > before) {
                            // The failed request moved the file forward: the link works, it only dropped.
                            failures = 0;
                            acknowledged(a, before, offset);
                        } else if (afterFailure && !backOff(++failures, null, SyncError.UNREACHABLE)) {
                            return;
                        }
                        afterFailure = false;
                        before = offset;
                    }
                    long length = Math.min(settings.requestBytes(), a.size() - offset);
                    CentralClient.AttachmentAnswer answer = client.putAttachment(a.id(), store.documents(), file, offset, length,
                            a.size(), a.sha256(), settings.chunkBytes());
                    if (answer.refusal() != null) {
                        setAside(a, answer.refusal());
                        return;
                    }
                    AttachmentStatus st = answer.status();
                    if (st.accepted() && a.sha256().equals(st.sha256())) {
                        acknowledged(a, offset, a.size());
                        done(a);
                        return;
                    }
                    if (st.mismatch()) {
                        if (attachments.uploadRestarts(a.id()) > 0) {
                            setAside(a, HASH_MISMATCH);
                            return;
                        }
                        attachments.restartUpload(a.id());
                        offset = 0;
                        before = 0;
                        continue;
                    }
                    boolean same = a.sha256().equals(st.sha256()) && st.size() == a.size();
                    long next = same ? Math.min(st.offset(), a.size()) : 0;
                    if (next <= offset) {
                        // The central holds less than this request started from, or another file
                        // under this id (409): go on from there, but never loop on a central that
                        // does not move forward.
                        if (++stalls > MAX_STALLS) {
                            setAside(a, CONFLICT);
                            return;
                        }
                    } else {
                        stalls = 0;
                        failures = 0;
                        acknowledged(a, offset, next);
                    }
                    offset = next;
                    before = offset;
                } catch (CentralException e) {
                    if (!e.retryable()) {
                        end(Ended.UNAUTHORIZED, e.error());
                        return;
                    }
                    lastError = e.error();
                    if (e.error() == SyncError.BUSY || unsure) {
                        // Busy (nothing was taken), or the question itself failed: wait, then ask again.
                        if (!backOff(++failures, e.retryAfter(), e.error())) {
                            return;
                        }
                        continue;
                    }
                    // Dropped: the request may have left whole chunks at the central; ask before sending more.
                    unsure = true;
                    afterFailure = true;
                    before = offset;
                }
            }
        }

        /** Waits before the next try; false (and the drain ends) after too many failures in a row. */
        boolean backOff(int failures, Duration retryAfter, SyncError error) {
            if (failures >= config.maxAttempts()) {
                end(Ended.UNREACHABLE, error);
                return false;
            }
            progress();
            sleep(backoff.delay(failures, retryAfter));
            return true;
        }

        /** The central acknowledged {@code to} bytes of {@code a} (it held {@code from} before). */
        void acknowledged(Attachment a, long from, long to) {
            if (to > from) {
                bytesAcknowledged.addAndGet(to - from);
            }
            attachments.recordProgress(a.id(), to);
            progress();
        }

        void done(Attachment a) {
            attachments.markSent(a.id());
            sent.incrementAndGet();
            progress();
        }

        /** Waits, in short steps so that a stop or the end of the drain is seen at once. */
        void sleep(Duration d) {
            long end = System.nanoTime() + d.toNanos();
            while (ended == null && !stopped.getAsBoolean() && System.nanoTime() < end) {
                try {
                    Thread.sleep(Math.max(1, Math.min(50, (end - System.nanoTime()) / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    end(Ended.STOPPED, null);
                    return;
                }
            }
        }
    }
}
