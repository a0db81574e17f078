package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import pe.macexpress.desk.contract.AttentionContent;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.AttentionCode;

/**
 * Attentions at the central: every field present, a well-formed attention code, an end not before
 * the start, a known procedure. From version 3 (issue 13): the citizen's language as a language tag,
 * and arrival and call both given (arrival ≤ call) or both null (saved before the timeline).
 */
final class AttentionHandler implements KindHandler {
    private final Predicate<String> knownProcedure;

    /** @param knownProcedure whether a procedure id is in any catalogue the central published */
    AttentionHandler(Predicate<String> knownProcedure) {
        this.knownProcedure = knownProcedure;
    }

    @Override
    public ContentSchema schema() {
        return AttentionContent.SCHEMA;
    }

    @Override
    public java.util.Set<String> timeFields() {
        return java.util.Set.of("s", "e", "ar", "ca");
    }

    @Override
    public Optional<RejectReason> validate(JsonNode content, int schemaVersion) {
        for (String f : schema().fields(schemaVersion)) {
            boolean mayBeNull = TIMELINE_TIMES.contains(f) && content.has(f);
            if (!content.hasNonNull(f) && !mayBeNull) {
                return Optional.of(RejectReason.INVALID);
            }
        }
        if (schemaVersion >= 3 && !timelineValid(content)) {
            return Optional.of(RejectReason.INVALID);
        }
        AttentionContent a;
        try {
            a = Wire.mapper().treeToValue(content, AttentionContent.class);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.of(RejectReason.INVALID);
        }
        if (!content.path("s").canConvertToLong() || !content.path("e").canConvertToLong()
                || a.endedAt() < a.startedAt() || !AttentionCode.isWellFormed(a.code())
                || Stream.of(a.visitId(), a.advisorId(), a.pointId()).anyMatch(String::isBlank)) {
            return Optional.of(RejectReason.INVALID);
        }
        if (content.path("od").asText("").length() > pe.macexpress.desk.security.TextGuard.MAX_FREE_TEXT) {
            return Optional.of(RejectReason.TOO_LARGE); // issue 15: an outcome detail is free text, 2,000 at most
        }
        if (!knownProcedure.test(a.procedureId())) {
            return Optional.of(RejectReason.UNKNOWN_PROCEDURE);
        }
        return Optional.empty();
    }

    /** Arrival and call: null when unknown (an attention saved before the timeline), else given together. */
    private static final java.util.Set<String> TIMELINE_TIMES = java.util.Set.of("ar", "ca");

    private static boolean timelineValid(JsonNode content) {
        if (!TimelineChecks.language(content.get("cl"))) {
            return false;
        }
        JsonNode ar = content.get("ar");
        JsonNode ca = content.get("ca");
        if (ar.isNull() || ca.isNull()) {
            return ar.isNull() && ca.isNull();
        }
        // Not compared with s and e: a clock set back during the visit must not quarantine an attention.
        return TimelineChecks.time(ar) && TimelineChecks.time(ca) && ar.asLong() <= ca.asLong();
    }
}
