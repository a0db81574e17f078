package pe.macexpress.desk.identity;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.StoreException;

/**
 * Verifies, in the background, the attentions that went on "por verificar" while PIDE was
 * unreachable. Runs on its own daemon thread: periodically, and at once when {@link #wakeUp()} is
 * called (the connectivity probe saw PIDE again). A round stops at the first answer that says PIDE is
 * still not usable (unavailable, credentials, quota), so a dead link is not hammered.
 *
 * <p>VERIFIED/MINOR updates the attention (and queues it for the centre); when the names recorded at
 * the counter differ from the service's, the attention is also flagged for the supervisor.
 * NOT_FOUND updates the attention and flags it. INVALID_INPUT flags it (it stays pending).
 */
public final class BackgroundReverifier implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BackgroundReverifier.class.getName());
    static final int BATCH = 50;

    /** What one round did: counts only, never who. */
    public record Round(int checked, int verified, int flagged, int stillPending, boolean stoppedEarly) {
    }

    private final AttentionStore attentions;
    private final IdentityFlags flags;
    private final IdentityVerifier dni;
    private final IdentityVerifier ce;
    private final String workstationId;
    private final ScheduledExecutorService scheduler;

    /** @param ce null when no MIGRACIONES service is configured: CE attentions are then left pending */
    public BackgroundReverifier(AttentionStore attentions, IdentityFlags flags, IdentityVerifier dni,
                                IdentityVerifier ce, String workstationId) {
        this.attentions = attentions;
        this.flags = flags;
        this.dni = dni;
        this.ce = ce;
        this.workstationId = workstationId;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "identity-reverifier");
            t.setDaemon(true);
            return t;
        });
    }

    public void start(Duration every) {
        scheduler.scheduleWithFixedDelay(this::safeRound, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a round as soon as possible (e.g. PIDE reachable again). Never blocks the caller. */
    public void wakeUp() {
        if (!scheduler.isShutdown()) {
            scheduler.execute(this::safeRound);
        }
    }

    /** Runs other identity housekeeping (cache purge) on this thread, off the FX thread. */
    void submit(Runnable task) {
        if (!scheduler.isShutdown()) {
            scheduler.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "identity housekeeping failed: {0}", e.getClass().getSimpleName());
                }
            });
        }
    }

    private void safeRound() {
        try {
            Round r = runOnce();
            if (r.checked() > 0) {
                LOG.info(() -> "identity re-verification: " + r);
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "identity re-verification stopped: store {0}", e.kind());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "identity re-verification failed: {0}", e.getClass().getSimpleName());
        }
    }

    /** One round, on the calling thread (tests call it directly). */
    public synchronized Round runOnce() {
        List<IdentityFlags.Pending> pending = flags.pending(BATCH);
        int checked = 0;
        int verified = 0;
        int flagged = 0;
        for (IdentityFlags.Pending p : pending) {
            IdentityVerifier verifier = p.document().type() == DocumentType.DNI ? dni : ce;
            if (verifier == null) {
                continue;
            }
            QueryContext context = new QueryContext("SYSTEM", workstationId, p.attentionId().toString(),
                    QueryContext.PURPOSE_REVERIFY);
            IdentityResult r = verifier.verify(p.document(), context);
            checked++;
            switch (r.outcome()) {
                case VERIFIED, MINOR -> {
                    String pideNames = r.citizenData().map(Citizen::fullName).orElse("");
                    boolean differ = !p.recordedNames().isBlank() && !pideNames.isBlank()
                            && !sameNames(p.recordedNames(), pideNames);
                    attentions.updateVerification(p.attentionId(), r.outcome().verificationState(), r.code(),
                            p.recordedNames().isBlank() ? pideNames : "");
                    verified++;
                    if (differ) {
                        flags.flag(p.attentionId(), IdentityFlags.Reason.NAMES_DIFFER, r.code(), pideNames);
                        flagged++;
                    }
                }
                case NOT_FOUND -> {
                    attentions.updateVerification(p.attentionId(), VerificationState.NOT_FOUND, r.code(), "");
                    flags.flag(p.attentionId(), IdentityFlags.Reason.NOT_FOUND, r.code(), "");
                    flagged++;
                }
                case INVALID_INPUT -> {
                    flags.flag(p.attentionId(), IdentityFlags.Reason.INVALID_DOCUMENT, r.code(), "");
                    flagged++;
                }
                default -> {
                    // UNAVAILABLE, credentials, quota: PIDE is not usable now; try again next round.
                    return new Round(checked, verified, flagged, flags.pending(BATCH).size(), true);
                }
            }
        }
        return new Round(checked, verified, flagged, flags.pending(BATCH).size(), false);
    }

    /** Same person's names: accents, case, punctuation and word order ignored. */
    static boolean sameNames(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", " ").strip();
        return java.util.Arrays.stream(plain.split("\\s+")).sorted().reduce((x, y) -> x + " " + y).orElse("");
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
