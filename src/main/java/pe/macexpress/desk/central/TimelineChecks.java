package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** What the central checks in the timeline's fields (issue 13): language tags, times, ids. */
final class TimelineChecks {
    /** A BCP 47 tag as the desk's i18n folder names languages: "es", "qu", "quz-PE", "ay". */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final int MAX_ID = 64;

    private TimelineChecks() {
    }

    static boolean language(JsonNode n) {
        return n != null && n.isTextual() && n.asText().length() <= 35 && LANGUAGE.matcher(n.asText()).matches();
    }

    /** An epoch-millisecond time after 2020 (a clock reset to 1970 is not a time). */
    static boolean time(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.canConvertToLong() && n.asLong() > 1_577_836_800_000L;
    }

    static boolean id(JsonNode n) {
        return n != null && n.isTextual() && !n.asText().isBlank() && n.asText().length() <= MAX_ID;
    }

    static boolean count(JsonNode n, int max) {
        return n != null && n.isIntegralNumber() && n.canConvertToInt() && n.asInt() >= 0 && n.asInt() <= max;
    }
}
