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

    // Issue 15 (audit): the evidential audit's own actions.
    /** An identity query, written BEFORE it is sent (purpose required); no row, no query. */
    public static final String IDENTITY_QUERY = "identity.query";
    /** A table or document written out of the desk (what, how many rows; never names). */
    public static final String EXPORT = "data.export";
    /** A backup file written (on demand or the daily one). */
    public static final String BACKUP = "backup.write";
    /** A backup put in place of the database; the first row written in the restored database. */
    public static final String RESTORE = "backup.restore";
    /** An enrollment attempt (to which central) and its result. */
    public static final String ENROLL = "sync.enroll";
}
