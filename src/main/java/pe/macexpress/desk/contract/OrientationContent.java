package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * The content ({@code a}) of an orientation record (issue 13, point 2): information given with no
 * procedure ({@code ty} = {@value #ORIENTATION}), or a request for something outside the catalogue
 * ({@code ty} = {@value #UNMET}): the demand the desk could not meet, counted so it becomes visible.
 *
 * @param visitId the visit it was recorded in
 * @param type {@value #ORIENTATION} or {@value #UNMET}
 * @param topic what the citizen asked, in the advisor's words (free text, may be empty for an orientation)
 * @param entityId the catalogue entity it concerns; empty when none was chosen ("no sé")
 * @param citizenLanguage BCP 47 tag of the language spoken with the citizen
 * @param recordedAt when it was recorded (epoch ms)
 */
@JsonPropertyOrder({"vi", "p", "ad", "ty", "tp", "en", "cl", "t"})
public record OrientationContent(
        @JsonProperty("vi") String visitId,
        @JsonProperty("p") String pointId,
        @JsonProperty("ad") String advisorId,
        @JsonProperty("ty") String type,
        @JsonProperty("tp") String topic,
        @JsonProperty("en") String entityId,
        @JsonProperty("cl") String citizenLanguage,
        @JsonProperty("t") Long recordedAt) {

    public static final String KIND = "orientation";
    public static final String ORIENTATION = "orientation";
    public static final String UNMET = "unmet";

    /** The longest topic the central accepts (characters). */
    public static final int MAX_TOPIC = 500;

    public static final ContentSchema SCHEMA = new ContentSchema(KIND,
            List.of(List.of("vi", "p", "ad", "ty", "tp", "en", "cl", "t")), Set.of("t"));

    @Override
    public String toString() {
        // The topic is the citizen's request in free text: never in a log line.
        return "OrientationContent[" + type + " " + entityId + "]";
    }
}
