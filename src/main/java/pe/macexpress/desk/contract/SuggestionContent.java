package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * The content ({@code a}) of a suggestion or a compliment (issue 13, point 5): the same fields,
 * sent as two kinds ({@link #SUGGESTION}, {@link #COMPLIMENT}) so the central counts them apart.
 * The citizen's name and contact are optional (blank when not given); no visit or attention is
 * named.
 */
@JsonPropertyOrder({"p", "d", "l", "x", "nm", "ct"})
public record SuggestionContent(
        @JsonProperty("p") String pointId,
        @JsonProperty("d") String day,
        @JsonProperty("l") String language,
        @JsonProperty("x") String text,
        @JsonProperty("nm") String name,
        @JsonProperty("ct") String contact) {

    public static final String SUGGESTION = "suggestion";
    public static final String COMPLIMENT = "compliment";
    /** The longest text the central accepts (characters): short and quick. */
    public static final int MAX_TEXT = 500;
    /** The longest name and contact (phone or e-mail) accepted. */
    public static final int MAX_NAME = 100;
    public static final int MAX_CONTACT = 100;

    private static final List<List<String>> FIELDS = List.of(List.of("p", "d", "l", "x", "nm", "ct"));
    public static final ContentSchema SUGGESTION_SCHEMA = new ContentSchema(SUGGESTION, FIELDS, Set.of());
    public static final ContentSchema COMPLIMENT_SCHEMA = new ContentSchema(COMPLIMENT, FIELDS, Set.of());

    public static ContentSchema schema(String kind) {
        return switch (kind) {
            case SUGGESTION -> SUGGESTION_SCHEMA;
            case COMPLIMENT -> COMPLIMENT_SCHEMA;
            default -> throw new IllegalArgumentException("not a suggestion kind: " + kind);
        };
    }

    @Override
    public String toString() {
        // Never the text, name or contact.
        return "SuggestionContent[" + pointId + " " + day + " " + language + "]";
    }
}
