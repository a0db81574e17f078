package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.IncidentContent;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;

/**
 * Incidents at the central, trusting nothing: a known type and severity, texts of the right types
 * and sizes (no NUL or bidi overrides), who and where, sane times (it happened before it was
 * registered); a closing is whole (who and when, after the registration), and only a suspected
 * breach carries a notification, which it must: its time between the incident and the closing,
 * and a reference.
 */
final class IncidentHandler implements KindHandler {
    /** Clocks of the desk and the central differ a little; more than this is a wrong time. */
    private static final long SKEW = Duration.ofMinutes(5).toMillis();
    /**
     * A desk's clock may run ahead (a PIAS vessel, a PC without its battery): up to a day ahead of the
     * central is taken rather than quarantining a serious incident; more is a wrong time.
     */
    private static final long AHEAD = Duration.ofDays(1).toMillis();
    /** 2020-01-01: nothing in this register happened before the desk existed. */
    private static final long EARLIEST = 1_577_836_800_000L;
    private static final String[] REQUIRED = {"ty", "se", "t", "w", "d", "ad", "p", "rt"};
    private static final String[] CLOSING = {"nt", "nr", "cb", "ca"};

    @Override
    public ContentSchema schema() {
        return IncidentContent.SCHEMA;
    }

    @Override
    public java.util.Set<String> timeFields() {
        return java.util.Set.of("t", "rt", "nt", "ca");
    }

    @Override
    public Optional<RejectReason> validate(JsonNode content, int schemaVersion) {
        if (!RecordChecks.allPresent(content, List.of(REQUIRED))) {
            return Optional.of(RejectReason.INVALID);
        }
        for (String f : new String[] {"ty", "se", "w", "d", "ad", "p"}) {
            if (!content.get(f).isTextual()) {
                return Optional.of(RejectReason.INVALID);
            }
        }
        Optional<IncidentType> type = IncidentType.fromCode(content.get("ty").asText());
        if (type.isEmpty() || IncidentSeverity.fromCode(content.get("se").asText()).isEmpty()) {
            return Optional.of(RejectReason.INVALID);
        }
        String what = content.get("w").asText();
        String done = content.get("d").asText();
        if (what.isBlank() || !clean(what) || !clean(done) || !id(content.get("ad")) || !id(content.get("p"))) {
            return Optional.of(RejectReason.INVALID);
        }
        Long occurred = time(content.get("t"));
        Long recorded = time(content.get("rt"));
        if (occurred == null || recorded == null || occurred > recorded + SKEW) {
            return Optional.of(RejectReason.INVALID);
        }
        Optional<RejectReason> closing = closing(content, type.get(), occurred, recorded);
        if (closing.isPresent()) {
            return closing;
        }
        if (what.length() > Incident.MAX_TEXT || done.length() > Incident.MAX_TEXT) {
            return Optional.of(RejectReason.TOO_LARGE);
        }
        return Optional.empty();
    }

    private static Optional<RejectReason> closing(JsonNode content, IncidentType type, long occurred, long recorded) {
        boolean any = false;
        for (String f : CLOSING) {
            any |= content.hasNonNull(f);
        }
        if (!any) {
            return Optional.empty();
        }
        if (!content.hasNonNull("cb") || !content.hasNonNull("ca") || !id(content.get("cb"))) {
            return Optional.of(RejectReason.INVALID);
        }
        Long closed = time(content.get("ca"));
        if (closed == null || closed + SKEW < recorded) {
            return Optional.of(RejectReason.INVALID);
        }
        if (type != IncidentType.DATA_BREACH) {
            // Only a breach is notified to the Autoridad; any other closing carries no notification.
            boolean reference = content.hasNonNull("nr") && !content.get("nr").asText().isEmpty();
            return content.hasNonNull("nt") || reference ? Optional.of(RejectReason.INVALID) : Optional.empty();
        }
        if (!content.hasNonNull("nt") || !content.hasNonNull("nr") || !content.get("nr").isTextual()) {
            return Optional.of(RejectReason.INVALID);
        }
        Long notified = time(content.get("nt"));
        String reference = content.get("nr").asText();
        if (notified == null || notified < occurred || notified > closed + SKEW || reference.isBlank() || !clean(reference)) {
            return Optional.of(RejectReason.INVALID);
        }
        return reference.length() > Incident.MAX_REFERENCE ? Optional.of(RejectReason.TOO_LARGE) : Optional.empty();
    }

    /** Epoch milliseconds as a whole number, after 2020 and not more than a day ahead; null otherwise. */
    private static Long time(JsonNode n) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) {
            return null;
        }
        long t = n.asLong();
        return t < EARLIEST || t > System.currentTimeMillis() + AHEAD ? null : t;
    }

    private static boolean id(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() && n.asText().length() <= Incident.MAX_ID && clean(n.asText());
    }

    /** No NUL, no other control characters but line breaks and tabs, no bidi overrides. */
    private static boolean clean(String s) {
        return s.codePoints().noneMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069));
    }
}
