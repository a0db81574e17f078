package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.security.TextGuard;

/**
 * Issue 15: the checks the central makes on every record of every kind before its handler's own
 * (a record refused here is never stored): no text with control or bidi-override characters
 * anywhere in the content (field names included), no text longer than {@link #MAX_TEXT}, and every
 * time field the kind names ({@link KindHandler#timeFields()}) an epoch-millisecond number, not
 * negative and not further ahead of the central's clock than {@link CentralApi#MAX_CLOCK_AHEAD_MS}.
 */
final class RecordChecks {
    /** The longest text of any field (a complaint's facts, 3,000); each kind may hold its own fields to less. */
    static final int MAX_TEXT = 4000;
    private static final int MAX_DEPTH = 8;

    private RecordChecks() {
    }

    /** Whether every one of {@code fields} is in {@code content} and not null (a kind's required fields). */
    static boolean allPresent(JsonNode content, Iterable<String> fields) {
        for (String f : fields) {
            if (!content.hasNonNull(f)) {
                return false;
            }
        }
        return true;
    }

    /** {@link RejectReason#TEXT} for a forbidden character, {@link RejectReason#TOO_LARGE} for a text too long. */
    static Optional<RejectReason> texts(JsonNode content) {
        return texts(content, 0);
    }

    private static Optional<RejectReason> texts(JsonNode n, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.of(RejectReason.INVALID);
        }
        if (n.isTextual()) {
            String s = n.asText();
            if (!TextGuard.isClean(s)) {
                return Optional.of(RejectReason.TEXT);
            }
            return s.length() > MAX_TEXT ? Optional.of(RejectReason.TOO_LARGE) : Optional.empty();
        }
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!TextGuard.isClean(e.getKey()) || e.getKey().length() > 64) {
                    return Optional.of(RejectReason.TEXT);
                }
                Optional<RejectReason> r = texts(e.getValue(), depth + 1);
                if (r.isPresent()) {
                    return r;
                }
            }
        } else if (n.isArray()) {
            for (JsonNode item : n) {
                Optional<RejectReason> r = texts(item, depth + 1);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    /** {@link RejectReason#TIME} when a time field present and not null is no plausible time. */
    static Optional<RejectReason> times(JsonNode content, Set<String> fields, long now) {
        for (String f : fields) {
            JsonNode n = content.get(f);
            if (n == null || n.isNull()) {
                continue; // whether it may be missing is the kind's own rule
            }
            if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0
                    || n.asLong() > now + CentralApi.MAX_CLOCK_AHEAD_MS) {
                return Optional.of(RejectReason.TIME);
            }
        }
        return Optional.empty();
    }
}
