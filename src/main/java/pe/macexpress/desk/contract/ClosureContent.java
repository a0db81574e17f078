package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * The content ({@code a}) of a closure record: the final answer that ended the case opened by one
 * attention. Sent as a record of its own (its id is not the attention's), so the central learns
 * that the citizen got an answer without the attention's revision changing.
 *
 * @param answer entregado, resuelto, rechazado or desistido
 * @param reason why the entity refused (required for rechazado), or the advisor's note
 */
@JsonPropertyOrder({"at", "c", "a", "r", "ad", "t"})
public record ClosureContent(
        @JsonProperty("at") String attentionId,
        @JsonProperty("c") String code,
        @JsonProperty("a") String answer,
        @JsonProperty("r") String reason,
        @JsonProperty("ad") String advisorId,
        @JsonProperty("t") Long closedAt) {

    public static final String KIND = "closure";

    /** The longest reason the central accepts (characters). */
    public static final int MAX_REASON = 1000;

    public static final ContentSchema SCHEMA =
            new ContentSchema(KIND, List.of(List.of("at", "c", "a", "r", "ad", "t")), Set.of("t"));

    @Override
    public String toString() {
        return "ClosureContent[" + code + " " + answer + "]";
    }
}
