package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.SuggestionContent;

/**
 * Suggestions or compliments at the central (one handler per kind, same rules): exactly the
 * schema's fields, a point, a day as for surveys, a language tag, a text of 1 to
 * {@link SuggestionContent#MAX_TEXT} characters, name and contact as text (may be empty) within
 * their limits.
 */
final class SuggestionHandler implements KindHandler {
    private final ContentSchema schema;

    SuggestionHandler(String kind) {
        this.schema = SuggestionContent.schema(kind);
    }

    @Override
    public ContentSchema schema() {
        return schema;
    }

    @Override
    public Optional<RejectReason> validate(JsonNode content, int schemaVersion) {
        Set<String> fields = Set.copyOf(schema.fields(schemaVersion));
        for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
            if (!fields.contains(it.next())) {
                return Optional.of(RejectReason.INVALID);
            }
        }
        for (String f : fields) {
            if (!content.hasNonNull(f) || !content.get(f).isTextual()) {
                return Optional.of(RejectReason.INVALID);
            }
        }
        if (!SurveyHandler.textOf(content, "p", SurveyHandler.MAX_POINT) || !SurveyHandler.goodDay(content.get("d"))
                || !SurveyHandler.LANGUAGE.matcher(content.get("l").asText()).matches()
                || content.get("x").asText().isBlank()) {
            return Optional.of(RejectReason.INVALID);
        }
        if (content.get("x").asText().length() > SuggestionContent.MAX_TEXT
                || content.get("nm").asText().length() > SuggestionContent.MAX_NAME
                || content.get("ct").asText().length() > SuggestionContent.MAX_CONTACT) {
            return Optional.of(RejectReason.TOO_LARGE);
        }
        return Optional.empty();
    }
}
