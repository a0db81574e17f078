package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * The content ({@code a}) of an anonymous satisfaction survey (issue 13, point 3): where and on
 * which day, in which language, the citizen's answer to each of SGP's six drivers of satisfaction
 * (1 = worst face … {@link #SCALE} = best, null = skipped), one free comment and whether it is a
 * compliment. Nothing else: no visit, attention, citizen, document, advisor or time of day, so a
 * survey can never be joined to the person who answered it.
 *
 * <p>The drivers: professional treatment ({@code tr}); precise, clear and timely information
 * ({@code in}); time — waiting, handling and steps, SGP's one driver ({@code ti}); the outcome
 * ({@code ou}); accessibility ({@code ac}); trust ({@code cf}).
 */
@JsonPropertyOrder({"p", "d", "l", "tr", "in", "ti", "ou", "ac", "cf", "c", "k"})
public record SurveyContent(
        @JsonProperty("p") String pointId,
        @JsonProperty("d") String day,
        @JsonProperty("l") String language,
        @JsonProperty("tr") Integer treatment,
        @JsonProperty("in") Integer information,
        @JsonProperty("ti") Integer time,
        @JsonProperty("ou") Integer outcome,
        @JsonProperty("ac") Integer accessibility,
        @JsonProperty("cf") Integer trust,
        @JsonProperty("c") String comment,
        @JsonProperty("k") Boolean compliment) {

    public static final String KIND = "survey";
    /** The faces of each driver: 1 (very unhappy) to 5 (very happy). */
    public static final int SCALE = 5;
    /** The longest comment the central accepts (characters). */
    public static final int MAX_COMMENT = 500;
    /** The drivers' wire names, in the order the citizen sees them. */
    public static final List<String> DRIVERS = List.of("tr", "in", "ti", "ou", "ac", "cf");

    public static final ContentSchema SCHEMA = new ContentSchema(KIND,
            List.of(List.of("p", "d", "l", "tr", "in", "ti", "ou", "ac", "cf", "c", "k")), Set.copyOf(DRIVERS));

    /** The answers in {@link #DRIVERS} order. */
    public List<Integer> answers() {
        return java.util.Arrays.asList(treatment, information, time, outcome, accessibility, trust);
    }

    @Override
    public String toString() {
        // Never the comment: a citizen may write a name in it.
        return "SurveyContent[" + pointId + " " + day + " " + language + " " + answers() + "]";
    }
}
