package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The answer of {@code GET /codes/{code}}: where the procedure behind an attention code stands, for
 * any point of any MAC channel. Deliberately without the citizen's names or document: whoever knows
 * the code learns the procedure's state, never who the citizen is.
 *
 * @param code the attention code
 * @param procedureId the catalogue's procedure id
 * @param outcome how the attention ended at the counter (the attention's {@code o})
 * @param channel how the procedure was served (the attention's {@code ch}); absent for attentions of schema 1
 * @param pointId the service point that attended
 * @param endedAt when the attention ended (epoch ms)
 * @param results the entity's answers recorded since, oldest first (newest last)
 */
@JsonPropertyOrder({"c", "pr", "o", "ch", "p", "e", "r"})
public record CodeStatus(
        @JsonProperty("c") String code,
        @JsonProperty("pr") String procedureId,
        @JsonProperty("o") String outcome,
        @JsonProperty("ch") @JsonInclude(JsonInclude.Include.NON_NULL) String channel,
        @JsonProperty("p") String pointId,
        @JsonProperty("e") long endedAt,
        @JsonProperty("r") List<ResultNotice> results) {

    public CodeStatus {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
