package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.VisitContent;

/**
 * Visits at the central (issue 13): point and advisor, a turn that is a positive number or null
 * (walk-in), arrival ≤ call ≤ end, a language tag, counts in range, and an orientation-only visit
 * with no attentions.
 */
final class VisitHandler implements KindHandler {
    /** More turns than a point gives in a day, or attentions than a visit holds, is not a figure. */
    private static final int MAX_TURN = 10_000;
    private static final int MAX_COUNT = 200;
    private static final Set<String> NULLABLE = Set.of("tn");

    @Override
    public ContentSchema schema() {
        return VisitContent.SCHEMA;
    }

    @Override
    public java.util.Set<String> timeFields() {
        return java.util.Set.of("ar", "ca", "en");
    }

    @Override
    public Optional<RejectReason> validate(JsonNode content, int schemaVersion) {
        for (String f : schema().fields(schemaVersion)) {
            if (!content.has(f) || (content.get(f).isNull() && !NULLABLE.contains(f))) {
                return Optional.of(RejectReason.INVALID);
            }
        }
        JsonNode turn = content.get("tn");
        boolean turnOk = turn.isNull() || (turn.isIntegralNumber() && turn.canConvertToInt()
                && turn.asInt() >= 1 && turn.asInt() <= MAX_TURN);
        if (!turnOk || !TimelineChecks.id(content.get("p")) || !TimelineChecks.id(content.get("ad"))
                || !TimelineChecks.time(content.get("ar")) || !TimelineChecks.time(content.get("ca"))
                || !TimelineChecks.time(content.get("en")) || !TimelineChecks.language(content.get("cl"))
                || !TimelineChecks.count(content.get("na"), MAX_COUNT)
                || !TimelineChecks.count(content.get("no"), MAX_COUNT) || !content.get("oo").isBoolean()) {
            return Optional.of(RejectReason.INVALID);
        }
        long arrived = content.get("ar").asLong();
        long called = content.get("ca").asLong();
        long ended = content.get("en").asLong();
        if (called < arrived || ended < called) {
            return Optional.of(RejectReason.INVALID);
        }
        if (content.get("oo").asBoolean() && content.get("na").asInt() > 0) {
            return Optional.of(RejectReason.INVALID);
        }
        return Optional.empty();
    }
}
