package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;
import pe.macexpress.desk.contract.ClosureContent;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.CaseAnswer;

/**
 * Case closures at the central: a well-formed attention id and code, a known final answer, a
 * reason for a refusal, no longer than {@link ClosureContent#MAX_REASON}, and a time.
 */
final class ClosureHandler implements KindHandler {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_ADVISOR = 64;

    @Override
    public ContentSchema schema() {
        return ClosureContent.SCHEMA;
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
        Optional<CaseAnswer> answer = CaseAnswer.fromCode(content.get("a").asText());
        String reason = content.get("r").asText();
        String advisor = content.get("ad").asText();
        if (!UUID.matcher(content.get("at").asText()).matches() || !AttentionCode.isWellFormed(content.get("c").asText())
                || answer.isEmpty() || !content.get("t").canConvertToLong() || content.get("t").asLong() <= 0
                || !content.get("r").isTextual() || advisor.isBlank() || advisor.length() > MAX_ADVISOR
                || (answer.get().needsReason() && reason.isBlank())) {
            return Optional.of(RejectReason.INVALID);
        }
        return reason.length() > ClosureContent.MAX_REASON ? Optional.of(RejectReason.TOO_LARGE) : Optional.empty();
    }
}
