package pe.macexpress.desk.bundle;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import pe.macexpress.desk.blocking.BlockingCall;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.sync.CatalogSink;
import pe.macexpress.desk.sync.ChangeSink;
import pe.macexpress.desk.sync.OutboxRecords;
import pe.macexpress.desk.sync.RecordKinds;

/**
 * The USB loop of a desk with no link (a PIAS for weeks): {@link #writeTo} puts everything pending
 * in one file sealed for the central, the central imports it ({@code POST /api/v1/bundles}) and
 * gives an answer file, and {@link #applyAnswer} settles what the central acknowledged, as the
 * online sync would have. Blocking: call from a background task or a command.
 */
public final class Bundles {
    private final Supplier<Identity> who;
    private final CatalogSink catalogs;
    private volatile ChangeSink changes;
    private final BundleWriter writer;
    private final AnswerApplier applier;
    private final RecordKinds kinds;
    private final Clock clock;

    /**
     * @param who the workstation, its token and the central's pinned bundle key, read at each use
     *            (enrollment may change them)
     * @param catalogs where a catalogue carried by an answer goes; null to ignore it
     */
    public Bundles(Store store, RecordKinds kinds, Supplier<Identity> who, CatalogSink catalogs, Clock clock) {
        this.who = who;
        this.catalogs = catalogs;
        this.kinds = kinds;
        this.clock = clock;
        this.writer = new BundleWriter(store, new OutboxRecords(kinds, store.outbox()), clock);
        this.applier = new AnswerApplier(store, clock);
    }

    /** Who writes the bundle. {@link #toString()} hides the token. */
    public record Identity(String workstationId, String token, String bundleKey) {
        PublicKey centralKey() throws BundleException {
            if (token == null || token.isBlank() || bundleKey == null || bundleKey.isBlank()) {
                throw new BundleException(BundleException.Problem.NOT_ENROLLED,
                        "not enrolled, or enrolled with a central older than USB bundles (no sync.bundleKey)");
            }
            try {
                return BundleCrypto.publicKey(bundleKey);
            } catch (IllegalArgumentException e) {
                throw new BundleException(BundleException.Problem.NOT_ENROLLED, "sync.bundleKey is not an X25519 key");
            }
        }

        @Override
        public String toString() {
            return "Identity[" + workstationId + "]";
        }
    }

    /**
     * What a bundle carries.
     *
     * @param notCarried outbox entries left out (a kind this version does not send, a record no
     *                   longer whole here): the online sync sets them aside
     * @param fileBytes the file's size; {@code documentBytes} the documents' own
     */
    public record Written(UUID id, int records, int notCarried, int documents, long documentBytes, long fileBytes) {
    }

    /**
     * What applying an answer did.
     *
     * @param acknowledged entries settled as received now; {@code setAside} entries quarantined now
     *                     (conflict, rejected); {@code alreadySettled} entries an earlier answer or
     *                     the online sync had settled
     * @param firstTime false when an answer to this bundle had been applied before
     */
    public record Applied(UUID bundleId, int records, int acknowledged, int setAside, int alreadySettled,
                          int documents, int changes, boolean catalogInstalled, boolean firstTime) {
    }

    /** Writes the bundle to {@code file} (replaced atomically). */
    public Written writeTo(Path file) throws BundleException {
        BlockingCall.requireBackgroundThread("writing a USB bundle");
        kinds.all().forEach(k -> k.release(clock.instant()));
        return writer.write(file, who.get());
    }

    /** Hands the changes an answer carried (results, messages) to {@code sink}, as a pull does. */
    public void changesTo(ChangeSink sink) {
        this.changes = sink;
    }

    /**
     * Checks the whole answer file, then applies it in one transaction; the changes it carried are
     * then applied to their cases like pulled ones.
     */
    public Applied applyAnswer(Path file) throws BundleException {
        BlockingCall.requireBackgroundThread("applying an answer file");
        Applied applied = applier.apply(file, who.get().workstationId(), catalogs);
        ChangeSink sink = changes;
        if (sink != null && applied.changes() > 0) {
            sink.changesStored();
        }
        return applied;
    }
}
