package pe.macexpress.desk.identity;

/**
 * Who asks, from where and for what: recorded in the audit table with every identity query.
 *
 * @param advisorId the advisor at the counter ("SYSTEM" for the background re-verifier, "CLI" for the
 *                  diagnostic command)
 * @param workstationId the workstation's id from the configuration
 * @param reference the attention id or the visit id the query serves (blank when none)
 */
public record QueryContext(String advisorId, String workstationId, String reference) {

    /** For callers that do not know who asks (tests, old call sites): still audited, as "UNKNOWN". */
    public static final QueryContext UNKNOWN = new QueryContext("UNKNOWN", "", "");

    public QueryContext {
        advisorId = advisorId == null || advisorId.isBlank() ? "UNKNOWN" : advisorId.strip();
        workstationId = workstationId == null ? "" : workstationId.strip();
        reference = reference == null ? "" : reference.strip();
    }

    /** The usual context at the counter: the advisor, this workstation and the visit being opened. */
    public static QueryContext forVisit(String advisorId, String workstationId, java.util.UUID visitId) {
        return new QueryContext(advisorId, workstationId, visitId.toString());
    }
}
