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
 * the start, a known procedure.
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
    public Optional<RejectReason> validate(JsonNode content, int schemaVersion) {
        for (String f : schema().fields(schemaVersion)) {
            if (!content.hasNonNull(f)) {
                return Optional.of(RejectReason.INVALID);
            }
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
        if (!knownProcedure.test(a.procedureId())) {
            return Optional.of(RejectReason.UNKNOWN_PROCEDURE);
        }
        return Optional.empty();
    }
}
