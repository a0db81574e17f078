package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * The content ({@code a}) of a visit record (issue 13, the visit's timeline): one citizen's visit
 * to the counter from arrival to farewell. The record's id is the visit's id (the attentions'
 * {@code vi}). No names, no documents, no outcome: only times and counts.
 *
 * @param turn the turn number given at arrival (1, 2, 3… per point and day); null for a walk-in
 * @param arrivedAt when the citizen arrived (epoch ms); a walk-in's arrival is the call
 * @param calledAt when the advisor called the citizen to the counter
 * @param endedAt when the visit ended (farewell)
 * @param citizenLanguage BCP 47 tag of the language spoken with the citizen
 * @param attentions attentions saved in the visit
 * @param orientations orientations and requests outside the catalogue recorded in the visit
 * @param orientationOnly the citizen only asked: no procedure, no identification
 */
@JsonPropertyOrder({"p", "ad", "tn", "ar", "ca", "en", "cl", "na", "no", "oo"})
public record VisitContent(
        @JsonProperty("p") String pointId,
        @JsonProperty("ad") String advisorId,
        @JsonProperty("tn") Integer turn,
        @JsonProperty("ar") Long arrivedAt,
        @JsonProperty("ca") Long calledAt,
        @JsonProperty("en") Long endedAt,
        @JsonProperty("cl") String citizenLanguage,
        @JsonProperty("na") Integer attentions,
        @JsonProperty("no") Integer orientations,
        @JsonProperty("oo") Boolean orientationOnly) {

    public static final String KIND = "visit";

    public static final ContentSchema SCHEMA = new ContentSchema(KIND,
            List.of(List.of("p", "ad", "tn", "ar", "ca", "en", "cl", "na", "no", "oo")),
            Set.of("tn", "ar", "ca", "en", "na", "no"));

    @Override
    public String toString() {
        return "VisitContent[" + pointId + " turn " + turn + " " + attentions + " attentions]";
    }
}
