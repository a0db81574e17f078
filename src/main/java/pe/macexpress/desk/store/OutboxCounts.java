package pe.macexpress.desk.store;

/** How many outbox entries are in each state: what the sync badge and {@code doctor} show. */
public record OutboxCounts(int pending, int sending, int acknowledged, int quarantined) {

    /** Entries the centre has not confirmed yet (pending or in flight). Zero means "all synced". */
    public int unsent() {
        return pending + sending;
    }
}
