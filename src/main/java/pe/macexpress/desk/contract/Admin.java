package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The reference central's admin calls ({@code /admin/*}): figures for tests and benchmarks,
 * enrollment codes, revocation, changes to hand to a workstation, entities' results, injected
 * faults. They exist so training and tests can play the central's operators and the entities; a
 * production central has its own console.
 */
public final class Admin {
    private Admin() {
    }

    /**
     * {@code GET /admin/stats}.
     *
     * @param attentions attention records stored
     * @param uploads records received by uploads (resends included)
     * @param duplicates duplicates answered
     * @param kinds records stored per kind
     * @param captures capture records stored (the same figure as {@code kinds.capture}, named for support)
     * @param attachments attachments accepted (whole, SHA-256 checked)
     * @param attachmentBytes the sum of their sizes
     * @param surveys satisfaction surveys stored ({@code kinds.survey})
     * @param complaints Libro de Reclamaciones entries stored ({@code kinds.complaint})
     * @param suggestions suggestions stored ({@code kinds.suggestion})
     * @param compliments compliments stored ({@code kinds.compliment})
     * @param incidents incident reports stored ({@code kinds.incident})
     * @param audit audit chain rows stored, all workstations ({@code kinds.audit}; issue 15)
     */
    public record Stats(@JsonProperty("attentions") long attentions, @JsonProperty("uploads") long uploads,
                        @JsonProperty("duplicates") long duplicates,
                        @JsonProperty("kinds") Map<String, Long> kinds,
                        @JsonProperty("captures") long captures,
                        @JsonProperty("attachments") long attachments,
                        @JsonProperty("attachmentBytes") long attachmentBytes,
                        @JsonProperty("surveys") long surveys,
                        @JsonProperty("complaints") long complaints,
                        @JsonProperty("suggestions") long suggestions,
                        @JsonProperty("compliments") long compliments,
                        @JsonProperty("incidents") long incidents,
                        @JsonProperty("audit") long audit) {

        /** The wire names of the citizen's-voice kinds (issue 13), counted on their own. */
        public static final String SURVEY = "survey";
        public static final String COMPLAINT = "complaint";
        public static final String SUGGESTION = "suggestion";
        public static final String COMPLIMENT = "compliment";
        public static final String INCIDENT = "incident";
    }

    /** {@code GET /admin/records}: every stored record as [kind, id, hash], ordered by kind and id. */
    public record Records(@JsonProperty("records") List<List<String>> records) {
    }

    /**
     * {@code POST /admin/enrollment-codes} (admin token): a code for the one workstation {@code w}
     * names, issued by the central (or the operator's own {@code code}, for training), expiring
     * {@code ttlHours} after it is issued (default 72). The answer gives the code, the workstation
     * and when it expires ({@code exp}, epoch ms).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Code(@JsonProperty("code") String code, @JsonProperty("w") String workstationId,
                       @JsonProperty("exp") Long expiresAt, @JsonProperty("ttlHours") Long ttlHours) {
        /** A request for a fresh code for {@code workstationId}. */
        public static Code forWorkstation(String workstationId) {
            return new Code(null, workstationId, null, null);
        }

        @Override
        public String toString() {
            return "Code[" + workstationId + "]";
        }
    }

    /** {@code POST /admin/revoke}: every token of the workstation stops working. */
    public record Revoke(@JsonProperty("w") String workstationId) {
    }

    public record Revoked(@JsonProperty("revoked") int tokens) {
    }

    /** {@code POST /admin/changes}: something for a workstation to pull. */
    public record NewChange(@JsonProperty("w") String workstationId, @JsonProperty("t") String type,
                            @JsonProperty("ref") String ref, @JsonProperty("b") String body) {
    }

    public record ChangeAdded(@JsonProperty("s") long seq) {
    }

    /**
     * {@code POST /admin/faults} (DELETE clears): the next {@code times} API calls answer
     * {@code status} (with Retry-After when given), or store the upload and then drop the answer.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Faults(@JsonProperty("status") Integer status, @JsonProperty("retryAfter") Integer retryAfter,
                         @JsonProperty("times") Integer times,
                         @JsonProperty("dropAfterCommit") Boolean dropAfterCommit) {
    }

    public record FaultsSet(@JsonProperty("faults") String faults) {
    }

    /**
     * {@code POST /admin/results} (admin token): an entity's answer for the attention behind
     * {@code code}; {@code status} is one of {@link ResultNotice#STATUSES}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewResult(@JsonProperty("code") String code, @JsonProperty("status") String status,
                            @JsonProperty("note") String note) {
    }

    /** The result was recorded; {@code seq} is the change queued for the attention's workstation. */
    public record ResultAdded(@JsonProperty("seq") long seq) {
    }

    /** {@code PUT /admin/catalog} accepted: what every workstation receives at its next sync. */
    public record CatalogPublished(@JsonProperty("version") String version, @JsonProperty("procedures") int procedures,
                                   @JsonProperty("entities") int entities) {
    }
}
