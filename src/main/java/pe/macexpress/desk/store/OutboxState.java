package pe.macexpress.desk.store;

import java.util.Locale;

/** Life of an outbox entry: pending → sending → acknowledged, or quarantined with a reason. */
public enum OutboxState {
    PENDING, SENDING, ACKNOWLEDGED, QUARANTINED;

    /** The value stored in {@code outbox.state}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OutboxState fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
