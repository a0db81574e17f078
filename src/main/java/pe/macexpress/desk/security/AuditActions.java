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

    // Issue 15 (roles and sign-in): sign-in and the supervisor's gated actions.
    /** A right PIN at sign-in. */
    public static final String SIGNIN_OK = "signin.ok";
    /** A wrong PIN, a try while locked, or an unknown advisor (detail: where, and how many in a row). */
    public static final String SIGNIN_FAILED = "signin.failed";
    /** The idle lock lifted with a PIN. */
    public static final String SIGNIN_UNLOCK = "signin.unlock";
    /** A PIN set before issue 15 (shorter than 6 digits) replaced at sign-in in production. */
    public static final String SIGNIN_PIN_CHANGED = "signin.pin.changed";
    /** Prefix of a supervisor's authorized action: {@code supervisor.<action>} (see SupervisorGate.Action). */
    public static final String SUPERVISOR_PREFIX = "supervisor.";
    /** A gate refused a person who is not a supervisor (or their own identity flag): {@code supervisor.refused}. */
    public static final String SUPERVISOR_REFUSED = SUPERVISOR_PREFIX + "refused";

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

    // Issue 16 (review): a native speaker's review of a language's strings recorded (detail: language and count; never the reviewer's name).
    /** Review marks recorded with {@code language review}: detail "qu 12". */
    public static final String LANGUAGE_REVIEW = "language.review";
}
