package pe.macexpress.desk.identity;

/**
 * Who asks, from where and for what: recorded in the audit chain BEFORE every identity query, and
 * in the audit table with its answer.
 *
 * @param advisorId the advisor at the counter ("SYSTEM" for the background re-verifier, "cli:<user>" for the
 *                  diagnostic command)
 * @param workstationId the workstation's id from the configuration
 * @param reference the attention id or the visit id the query serves (blank when none)
 * @param purpose why the query is made (issue 15: "atencion:visita", "reverificacion:atencion",
 *                "soporte:…"); a query without a purpose is not made ({@link AuditingVerifier})
 */
public record QueryContext(String advisorId, String workstationId, String reference, String purpose) {

    /** The counter's purpose: identifying the citizen of a visit being opened. */
    public static final String PURPOSE_VISIT = "atencion:visita";
    /** The background re-verifier's purpose: confirming an attention saved "por verificar". */
    public static final String PURPOSE_REVERIFY = "reverificacion:atencion";

    /** For callers that do not know who asks or why: such a query is refused by the auditing layer. */
    public static final QueryContext UNKNOWN = new QueryContext("UNKNOWN", "", "", "");

    public QueryContext {
        advisorId = advisorId == null || advisorId.isBlank() ? "UNKNOWN" : advisorId.strip();
        workstationId = workstationId == null ? "" : workstationId.strip();
        reference = reference == null ? "" : reference.strip();
        purpose = purpose == null ? "" : pe.macexpress.desk.security.TextGuard.clean(purpose.strip(), 200);
    }

    /** A context without a purpose (older call sites): refused by the auditing layer until they say why. */
    public QueryContext(String advisorId, String workstationId, String reference) {
        this(advisorId, workstationId, reference, "");
    }

    /** The usual context at the counter: the advisor, this workstation and the visit being opened. */
    public static QueryContext forVisit(String advisorId, String workstationId, java.util.UUID visitId) {
        return new QueryContext(advisorId, workstationId, visitId.toString(), PURPOSE_VISIT);
    }

    public boolean hasPurpose() {
        return !purpose.isBlank();
    }
}
