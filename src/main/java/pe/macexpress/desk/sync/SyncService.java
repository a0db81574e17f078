package pe.macexpress.desk.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import pe.macexpress.desk.contract.CodeStatus;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.store.AttachmentStore;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.CentralInbox;
import pe.macexpress.desk.store.Outbox;
import pe.macexpress.desk.store.OutboxCounts;
import pe.macexpress.desk.store.RecordSendState;
import pe.macexpress.desk.store.SettingStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.UnsentAge;

/**
 * What the application calls: starts batch syncs on one background thread (at most one at a time),
 * by itself when the link comes back and on demand ("Sincronizar ahora"), and answers the sync
 * screen's questions. Nothing here blocks the caller but {@link #lookup}, which asks the central;
 * the other queries read the local database only.
 */
public final class SyncService implements AutoCloseable {
    /** The change type of a message to the point (see the contract's {@code Change}). */
    static final String MESSAGE = "message";

    private final SyncEngine engine;
    private final Outbox outbox;
    private final AttachmentStore attachments;
    private final SettingStore settings;
    private final CentralInbox inbox;
    private final SyncConfig config;
    private final Clock clock;
    private final ExecutorService executor;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<CompletableFuture<SyncResult>> running = new AtomicReference<>();
    private volatile SyncProgress progress = SyncProgress.IDLE;
    private volatile SyncResult lastResult;

    public SyncService(SyncEngine engine, Store store, SyncConfig config, Clock clock) {
        this.engine = engine;
        this.outbox = store.outbox();
        this.attachments = store.attachments();
        this.settings = store.settings();
        this.inbox = store.inbox();
        this.config = config;
        this.clock = clock;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sync");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts a batch sync unless one is running; either way returns the run's future. Safe to call
     * from the FX thread (it only submits work).
     */
    public CompletableFuture<SyncResult> syncNow() {
        while (true) {
            CompletableFuture<SyncResult> current = running.get();
            if (current != null && !current.isDone()) {
                return current;
            }
            CompletableFuture<SyncResult> next = new CompletableFuture<>();
            if (running.compareAndSet(current, next)) {
                try {
                    executor.execute(() -> run(next));
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    next.completeExceptionally(e);
                }
                return next;
            }
        }
    }

    private void run(CompletableFuture<SyncResult> future) {
        try {
            SyncResult r = engine.run(this::publish);
            lastResult = r;
            future.complete(r);
        } catch (RuntimeException e) {
            publish(new SyncProgress(SyncState.IDLE, 0, 0, 0, 0, 0, SyncError.STORE));
            future.completeExceptionally(e);
        }
    }

    /** For the connectivity monitor: offline → online starts a sync by itself. */
    public void onConnectivity(boolean online) {
        if (online) {
            syncNow();
        } else if (!isRunning()) {
            publish(new SyncProgress(SyncState.OFFLINE, 0, 0, 0, 0, 0, SyncError.UNREACHABLE));
        }
    }

    public boolean isRunning() {
        CompletableFuture<SyncResult> f = running.get();
        return f != null && !f.isDone();
    }

    private void publish(SyncProgress p) {
        progress = p;
        for (SyncListener l : listeners) {
            try {
                l.onProgress(p);
            } catch (RuntimeException e) {
                // A failing screen must not stop the sync.
            }
        }
    }

    /** Listeners are called on the sync thread; see {@link SyncListener}. */
    public void addListener(SyncListener l) {
        listeners.add(l);
    }

    /** The latest progress snapshot (IDLE before the first run). */
    public SyncProgress progress() {
        return progress;
    }

    /** The result of the last finished run in this session. */
    public Optional<SyncResult> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    /** Time of the last run that reached the central and settled at least one batch (or found none to send). */
    public Optional<Instant> lastSuccess() {
        return settings.lastSync();
    }

    public OutboxCounts counts() {
        return outbox.counts();
    }

    /** Documents the central does not hold yet, and those set aside. */
    public DocumentBacklog documents() {
        AttachmentStore.Backlog b = attachments.backlog();
        return new DocumentBacklog(b.attachments(), b.bytes(), attachments.quarantinedCount());
    }

    /**
     * The newest messages the central sent to this point, newest first. Results for attentions and
     * identities verified centrally also arrive with the changes; the follow-up of cases reads them.
     */
    public List<CentralMessage> messages(int limit) {
        return inbox.latest(MESSAGE, limit).stream()
                .map(i -> new CentralMessage(i.seq(), i.body(), i.receivedAt())).toList();
    }

    /**
     * Asks the central where the procedure behind an attention code of any point stands (see
     * {@link CentralClient#lookup}); empty when the central knows no such code. Blocks on the
     * network, so the UI calls it through its TaskRunner, never on the FX thread. It runs on the
     * caller's thread, not the sync thread: a long batch run does not keep a citizen waiting.
     */
    public Optional<CodeStatus> lookup(String code) throws CentralException {
        return engine.client().lookup(code);
    }

    /** Records set aside with their reasons, oldest first. */
    public List<QuarantinedRecord> quarantined() {
        return outbox.quarantined().stream().map(e -> new QuarantinedRecord(e.id(), e.kind(), e.recordId(),
                RejectReason.fromCode(e.reason()), e.attempts(), e.updatedAt())).toList();
    }

    /** Support fixed the cause: documents set aside go back to the queue (sent at the next sync). */
    public int retryDocumentsSetAside() {
        return attachments.retrySetAside();
    }

    /** Support fixed the cause: the entry goes back to the queue (sent at the next sync). */
    public boolean requeue(long entryId) {
        return outbox.requeue(entryId);
    }

    /** One attention's state for the history screen. An attention with no outbox entry counts as received. */
    public AttentionSyncStatus statusOf(UUID attentionId) {
        return statusOf(List.of(attentionId)).get(attentionId);
    }

    /**
     * Several attentions at once, for a history list: any entry quarantined → rejected; else any in
     * flight → sending; else any pending → pending; else received.
     */
    public Map<UUID, AttentionSyncStatus> statusOf(Collection<UUID> attentionIds) {
        Map<UUID, AttentionSyncStatus> map = new java.util.LinkedHashMap<>();
        outbox.statesOf(AttentionStore.OUTBOX_KIND, attentionIds).forEach((id, s) -> map.put(id, status(s)));
        return map;
    }

    private static AttentionSyncStatus status(RecordSendState s) {
        if (s.quarantined() > 0) {
            return new AttentionSyncStatus(AttentionSyncState.REJECTED, RejectReason.fromCode(s.quarantineReason()));
        }
        if (s.sending() > 0) {
            return new AttentionSyncStatus(AttentionSyncState.SENDING, null);
        }
        if (s.pending() > 0) {
            return new AttentionSyncStatus(AttentionSyncState.PENDING, null);
        }
        return new AttentionSyncStatus(AttentionSyncState.RECEIVED, null);
    }

    /** A warning when too many entries wait or the oldest is too old; empty when all is well. */
    public Optional<SyncWarning> warning() {
        UnsentAge unsent = outbox.unsentAge();
        int pending = unsent.count();
        long ageDays = pending == 0 ? 0
                : Math.max(0, java.time.Duration.between(unsent.oldest(), clock.instant()).toDays());
        if (pending > 0 && ageDays >= config.warnAgeDays()) {
            return Optional.of(new SyncWarning(SyncWarning.Reason.AGE, pending, ageDays));
        }
        if (pending >= config.warnPendingCount()) {
            return Optional.of(new SyncWarning(SyncWarning.Reason.PENDING_COUNT, pending, ageDays));
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        engine.stop();
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
