package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
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
    private final Set<String> procedures;

    AttentionHandler(Set<String> procedures) {
        this.procedures = Set.copyOf(procedures);
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
        if (!procedures.contains(a.procedureId())) {
            return Optional.of(RejectReason.UNKNOWN_PROCEDURE);
        }
        return Optional.empty();
    }
}
