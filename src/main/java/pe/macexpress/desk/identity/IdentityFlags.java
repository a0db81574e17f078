package pe.macexpress.desk.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.IdentityFlagStore;

/**
 * Attentions whose later verification did not match what was recorded at the counter (other names,
 * or RENIEC/MIGRACIONES has no such document): listed for the supervisor until resolved. Also the
 * query of attentions still waiting for verification that the background re-verifier works on.
 */
public final class IdentityFlags {

    public enum Reason {
        NAMES_DIFFER, NOT_FOUND, INVALID_DOCUMENT;

        public String messageKey() {
            return "identity.flag.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    /** An attention waiting for verification. {@link #toString()} hides document and names. */
    public record Pending(UUID attentionId, String advisorId, Document document, String recordedNames) {
        @Override
        public String toString() {
            return "Pending[" + attentionId + " " + document + "]";
        }
    }

    /** A flagged attention, for the supervisor's list. {@link #toString()} hides document and names. */
    public record Flagged(UUID attentionId, String attentionCode, String advisorId, Instant startedAt,
                          Document document, String recordedNames, Reason reason, String code, String pideNames,
                          Instant flaggedAt) {
        @Override
        public String toString() {
            return "Flagged[" + attentionCode + " " + reason + " " + document + "]";
        }
    }

    private final IdentityFlagStore store;
    private final Clock clock;

    public IdentityFlags(IdentityFlagStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Attentions still PENDING and not flagged, oldest first (DNI and CE only: the others have no service). */
    public List<Pending> pending(int limit) {
        return store.pending(limit).stream()
                .map(p -> new Pending(p.attentionId(), p.advisorId(), p.document(), p.recordedNames())).toList();
    }

    public void flag(UUID attentionId, Reason reason, String code, String pideNames) {
        store.flag(attentionId, reason.name(), code, pideNames, clock.instant());
    }

    /** Open flags (not yet resolved by a supervisor), oldest first. */
    public List<Flagged> open() {
        return store.open().stream().map(f -> new Flagged(f.attentionId(), f.attentionCode(), f.advisorId(),
                f.startedAt(), f.document(), f.recordedNames(), Reason.valueOf(f.reason()), f.code(), f.pideNames(),
                f.flaggedAt())).toList();
    }

    public int openCount() {
        return store.openCount();
    }

    /** The supervisor looked at it. Returns false when there was no open flag. */
    public boolean resolve(UUID attentionId, String supervisorId) {
        return store.resolve(attentionId, supervisorId, clock.instant());
    }
}
