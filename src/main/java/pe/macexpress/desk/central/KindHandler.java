package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.RejectReason;

/**
 * What the reference central knows about one record kind: its schema (for the hash) and the rules
 * its content must meet. Storage is the same for every kind. A new kind adds one handler here,
 * registered with {@link CentralApi#accept(KindHandler)}.
 */
public interface KindHandler {

    ContentSchema schema();

    /**
     * Why {@code content} (already known to be a JSON object of a known schema version, with a
     * matching hash) cannot be stored; empty when it can.
     */
    Optional<RejectReason> validate(JsonNode content, int schemaVersion);

    /**
     * Issue 15: the content's time fields (epoch milliseconds), checked for every record before
     * {@link #validate}: not negative, not absurdly ahead of the central's clock (see {@link RecordChecks}).
     */
    default java.util.Set<String> timeFields() {
        return java.util.Set.of();
    }

    /**
     * Issue 15 (audit): the checks that need the sending workstation and what the central holds
     * (an audit row must link to the row before it). Called after {@link #validate}, in the order of
     * the upload, with the contents of this kind already admitted earlier in the same upload.
     * Empty when the record can be stored; most kinds have no such check.
     */
    default Optional<RejectReason> admit(String workstation, JsonNode content, java.util.List<JsonNode> earlierInUpload) {
        return Optional.empty();
    }
}
