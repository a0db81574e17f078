package pe.macexpress.desk.store;

/**
 * Where one record stands with the central, from its outbox entries: how many are quarantined,
 * in flight and pending, and the latest quarantine reason. No entries at all: all zero.
 */
public record RecordSendState(int quarantined, int sending, int pending, String quarantineReason) {
    public static final RecordSendState NONE = new RecordSendState(0, 0, 0, null);
}
