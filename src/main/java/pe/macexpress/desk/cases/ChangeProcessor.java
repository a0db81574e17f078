package pe.macexpress.desk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import pe.macexpress.desk.contract.ResultNotice;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.store.CentralInbox;
import pe.macexpress.desk.store.InboxItem;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.Transaction;
import pe.macexpress.desk.sync.ChangeSink;

/**
 * Applies what the central sent ({@code sync_inbox}) once each, in one transaction per change:
 * an entity's result to its case, an identity verified centrally to its attention, a message kept
 * for the point. What cannot be applied is set aside with a reason, never dropped. The inbox is
 * bounded: applied results are deleted (they live on in their case), messages and items set aside
 * keep only the newest.
 */
public final class ChangeProcessor implements ChangeSink {
    public static final String RESULT = "result";
    public static final String IDENTITY = "identity";
    public static final String MESSAGE = "message";
    static final int KEEP_MESSAGES = 200;
    static final int KEEP_ASIDE = 1000;
    private static final int PAGE = 200;
    private static final Logger LOG = Logger.getLogger(ChangeProcessor.class.getName());

    /** Why a change was set aside (stored with it, shown to support; never personal data). */
    public enum AsideReason {
        UNKNOWN_ATTENTION, CODE_MISMATCH, UNREADABLE, UNKNOWN_STATUS, UNKNOWN_TYPE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What one pass did. */
    public record Report(int results, int identities, int messages, int setAside) {
        public int applied() {
            return results + identities + messages;
        }
    }

    private final Store store;
    private final Clock clock;

    public ChangeProcessor(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void changesStored() {
        process();
    }

    /** Applies every unprocessed change. Blocking: off the FX thread. Safe to call twice. */
    public synchronized Report process() {
        int results = 0;
        int identities = 0;
        int messages = 0;
        int aside = 0;
        CentralInbox inbox = store.inbox();
        List<InboxItem> page;
        while (!(page = inbox.unprocessed(PAGE)).isEmpty()) {
            for (InboxItem item : page) {
                Optional<AsideReason> refused = store.write(tx -> apply(tx, item));
                if (refused.isPresent()) {
                    aside++;
                } else {
                    switch (item.type()) {
                        case RESULT -> results++;
                        case IDENTITY -> identities++;
                        default -> messages++;
                    }
                }
            }
        }
        int dropped = inbox.trim(KEEP_MESSAGES, KEEP_ASIDE);
        if (dropped > 0) {
            LOG.warning(dropped + " changes set aside earlier were dropped to keep the inbox bounded");
        }
        if (aside > 0) {
            LOG.warning(aside + " changes from the central set aside (see the inbox's aside items)");
        }
        return new Report(results, identities, messages, aside);
    }

    private Optional<AsideReason> apply(Transaction tx, InboxItem item) {
        long now = clock.millis();
        Optional<AsideReason> refused = switch (item.type()) {
            case RESULT -> result(tx, item);
            case IDENTITY -> identity(tx, item);
            case MESSAGE -> Optional.empty();
            default -> Optional.of(AsideReason.UNKNOWN_TYPE);
        };
        if (refused.isPresent()) {
            store.inbox().setAside(tx, item.seq(), refused.get().code(), now);
        } else {
            store.inbox().processed(tx, item.seq(), MESSAGE.equals(item.type()), now);
        }
        return refused;
    }

    private Optional<AsideReason> result(Transaction tx, InboxItem item) {
        Optional<ResultNotice> notice = json(item.body()).flatMap(ChangeProcessor::notice);
        Optional<Attention> attention = attention(item.ref());
        if (notice.isEmpty()) {
            return Optional.of(AsideReason.UNREADABLE);
        }
        if (attention.isEmpty()) {
            return Optional.of(AsideReason.UNKNOWN_ATTENTION);
        }
        Attention a = attention.get();
        ResultNotice n = notice.get();
        if (n.code() != null && !n.code().isEmpty() && !n.code().equals(a.code())) {
            return Optional.of(AsideReason.CODE_MISMATCH);
        }
        Optional<CaseAnswer> status = ResultNotice.STATUSES.contains(n.status()) ? CaseAnswer.fromCode(n.status())
                : Optional.empty();
        if (status.isEmpty()) {
            return Optional.of(AsideReason.UNKNOWN_STATUS);
        }
        Instant at = n.at() > 0 ? Instant.ofEpochMilli(n.at()) : item.receivedAt();
        // A result for an attention served at the counter (no case) still reaches the advisor.
        store.cases().open(tx, a.id(), CaseReason.RESULTADO, "", at, CasePolicy.today(at));
        store.cases().applyResult(tx, a.id(), status.get(), n.note(), at);
        return Optional.empty();
    }

    private static Optional<ResultNotice> notice(JsonNode body) {
        try {
            return Optional.of(Wire.mapper().treeToValue(body, ResultNotice.class));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<AsideReason> identity(Transaction tx, InboxItem item) {
        Optional<JsonNode> body = json(item.body());
        Optional<Attention> attention = attention(item.ref());
        if (body.isEmpty()) {
            return Optional.of(AsideReason.UNREADABLE);
        }
        if (attention.isEmpty()) {
            return Optional.of(AsideReason.UNKNOWN_ATTENTION);
        }
        VerificationState state;
        try {
            state = VerificationState.valueOf(body.get().path("vs").asText(""));
        } catch (IllegalArgumentException e) {
            return Optional.of(AsideReason.UNKNOWN_STATUS);
        }
        store.attentions().applyCentralVerification(tx, attention.get().id(), state, body.get().path("vc").asText(""));
        return Optional.empty();
    }

    private Optional<Attention> attention(String ref) {
        try {
            return store.attentions().find(UUID.fromString(ref));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> json(String body) {
        try {
            JsonNode node = Wire.mapper().readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
