package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The body of {@code POST /reconcile}: the (id, hash) of records of one kind that the workstation
 * holds as acknowledged; the central answers which it lacks or holds with another hash.
 *
 * @param kind absent in requests of workstations older than record kinds: "attention"
 * @param pairs at most {@link #MAX_PAIRS}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"k", "p"})
public record ReconcileRequest(@JsonProperty("k") String kind, @JsonProperty("p") List<Pair> pairs) {
    public static final int MAX_PAIRS = 5000;

    public ReconcileRequest {
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }

    public String kindOrDefault() {
        return kind == null || kind.isBlank() ? AttentionContent.KIND : kind;
    }

    /** {@code [id, hash]}. The hash is computed under the schema version the record was sent with. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"id", "hash"})
    public record Pair(String id, String hash) {
    }
}
