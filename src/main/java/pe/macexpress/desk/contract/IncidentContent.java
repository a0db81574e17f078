package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * The content ({@code a}) of an incident record: one entry of a point's incident register. A
 * supervisor's closing (for a suspected data breach: the notification to the Autoridad Nacional de
 * Protección de Datos Personales) is a new revision of the same record, with the last four fields.
 * No citizen's data is expected here, but the free texts may name people: {@link #toString()}
 * leaves them out.
 *
 * @param type power_cut, no_link, pide_down, equipment_failure, theft, aggression, data_breach, other
 * @param severity leve, moderada or grave
 * @param occurredAt when it happened, epoch milliseconds
 * @param what what happened (free text)
 * @param done what was done (free text)
 * @param notifiedAt a breach: when the Autoridad was notified (null until closed)
 * @param reference a breach: the notification's reference (null until closed)
 * @param closedBy the supervisor who closed it (null while open)
 * @param closedAt when the closing was recorded (null while open)
 */
@JsonPropertyOrder({"ty", "se", "t", "w", "d", "ad", "p", "rt", "nt", "nr", "cb", "ca"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentContent(
        @JsonProperty("ty") String type,
        @JsonProperty("se") String severity,
        @JsonProperty("t") Long occurredAt,
        @JsonProperty("w") String what,
        @JsonProperty("d") String done,
        @JsonProperty("ad") String advisorId,
        @JsonProperty("p") String pointId,
        @JsonProperty("rt") Long recordedAt,
        @JsonProperty("nt") Long notifiedAt,
        @JsonProperty("nr") String reference,
        @JsonProperty("cb") String closedBy,
        @JsonProperty("ca") Long closedAt) {

    public static final String KIND = Admin.Stats.INCIDENT;

    public static final ContentSchema SCHEMA = new ContentSchema(KIND,
            List.of(List.of("ty", "se", "t", "w", "d", "ad", "p", "rt", "nt", "nr", "cb", "ca")),
            Set.of("t", "rt", "nt", "ca"));

    @Override
    public String toString() {
        return "IncidentContent[" + type + " " + severity + (closedAt == null ? " open" : " closed") + "]";
    }
}
