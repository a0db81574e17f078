package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.contract.RejectReason;

/**
 * Orientations and requests outside the catalogue at the central (issue 13): a well-formed visit
 * id, point and advisor, a known type, a topic (required for an unmet request) no longer than
 * {@link OrientationContent#MAX_TOPIC}, an entity id or empty, a language tag and a time.
 */
final class OrientationHandler implements KindHandler {

    @Override
    public ContentSchema schema() {
        return OrientationContent.SCHEMA;
    }

    @Override
    public java.util.Set<String> timeFields() {
        return java.util.Set.of("t");
    }

    @Override
    public Optional<RejectReason> validate(JsonNode content, int schemaVersion) {
        if (!RecordChecks.allPresent(content, schema().fields(schemaVersion))) {
            return Optional.of(RejectReason.INVALID);
        }
        String type = content.get("ty").asText();
        JsonNode topic = content.get("tp");
        JsonNode entity = content.get("en");
        boolean known = OrientationContent.ORIENTATION.equals(type) || OrientationContent.UNMET.equals(type);
        if (!known || !content.get("ty").isTextual() || !topic.isTextual() || !entity.isTextual()
                || entity.asText().length() > TimelineChecks.MAX_ID
                || !TimelineChecks.UUID.matcher(content.get("vi").asText()).matches()
                || !TimelineChecks.id(content.get("p")) || !TimelineChecks.id(content.get("ad"))
                || !TimelineChecks.language(content.get("cl")) || !TimelineChecks.time(content.get("t"))
                || (OrientationContent.UNMET.equals(type) && topic.asText().isBlank())) {
            return Optional.of(RejectReason.INVALID);
        }
        return topic.asText().length() > OrientationContent.MAX_TOPIC ? Optional.of(RejectReason.TOO_LARGE)
                : Optional.empty();
    }
}
