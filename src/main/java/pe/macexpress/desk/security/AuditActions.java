package pe.macexpress.desk.security;

/**
 * The audited actions' names (stable: they are hashed into the chain and synced to the central).
 * Each slice adds its own below, in its own block.
 */
public final class AuditActions {
    private AuditActions() {
    }

    /** The chain's own first row in a database. */
    public static final String CHAIN_START = "chain.start";

    // Issue 15 (purge)
    /** A retention run (daily, at start, after a scheduled sync, or the {@code purge} command): counts only. */
    public static final String PURGE_RUN = "purge.run";
}
