package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Something the central has for a workstation: an entity's result for an attention
 * ({@code t}="result"), an identity verification done centrally ("identity") or a message to the
 * point ("message").
 *
 * @param seq the central's sequence number: the cursor of {@code GET /changes}
 * @param ref the attention id it concerns, when it concerns one
 * @param body JSON text or plain text, as the type says
 */
@JsonPropertyOrder({"s", "t", "ref", "b"})
public record Change(
        @JsonProperty("s") long seq,
        @JsonProperty("t") String type,
        @JsonProperty("ref") @JsonInclude(JsonInclude.Include.NON_EMPTY) String ref,
        @JsonProperty("b") String body) {

    public Change {
        ref = ref == null ? "" : ref;
        body = body == null ? "" : body;
    }

    @Override
    public String toString() {
        return "Change[" + seq + " " + type + "]";
    }
}
