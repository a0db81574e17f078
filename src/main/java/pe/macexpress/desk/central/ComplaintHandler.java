package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import pe.macexpress.desk.contract.ComplaintContent;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.core.ComplaintNumber;
import pe.macexpress.desk.core.DocumentType;

/**
 * Complaints at the central, trusting nothing: every field present with its type; a well-formed
 * number whose point is the record's point and whose year is the filing's (± one, for the zones);
 * a known document type with a number of its shape; names, facts, request and the advisor's action
 * given; where to send the answer given (a valid e-mail, or an address); the guardian of a minor;
 * a known language and confirmation; a due day after the filing; an answer whole or absent. Texts
 * over their limits are TOO_LARGE; anything else wrong is INVALID.
 */
final class ComplaintHandler implements KindHandler {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Set<String> NULLABLE = Set.of("vi", "ao", "av", "as", "ab", "at");
    private static final Set<String> ANSWER = Set.of("ao", "av", "ab", "at");
    private static final int MAX_ADVISOR = 64;
    /** No complaint is filed before the desk existed. */
    private static final long EARLIEST = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();

    @Override
    public ContentSchema schema() {
        return ComplaintContent.SCHEMA;
    }

    @Override
    public java.util.Set<String> timeFields() {
        return java.util.Set.of("t", "at");
    }

    @Override
    public Optional<RejectReason> validate(JsonNode a, int schemaVersion) {
        for (String f : schema().fields(schemaVersion)) {
            JsonNode v = a.get(f);
            if (v == null || (v.isNull() && !NULLABLE.contains(f))) {
                return invalid();
            }
            if (!v.isNull() && !f.equals("t") && !f.equals("at") && !f.equals("mi") && !v.isTextual()) {
                return invalid();
            }
        }
        if (!a.get("t").isIntegralNumber() || !a.get("mi").isBoolean()) {
            return invalid();
        }
        long filed = a.get("t").asLong();
        if (filed < EARLIEST) {
            return invalid();
        }
        String point = a.get("pt").asText();
        Optional<ComplaintNumber> number = ComplaintNumber.parse(a.get("n").asText());
        int year = Instant.ofEpochMilli(filed).atZone(ZoneOffset.UTC).getYear();
        if (number.isEmpty() || !number.get().pointId().equals(point) || Math.abs(number.get().year() - year) > 1) {
            return invalid();
        }
        String advisor = a.get("ad").asText();
        if (advisor.isBlank() || advisor.length() > MAX_ADVISOR
                || (!a.get("vi").isNull() && !UUID.matcher(a.get("vi").asText()).matches())) {
            return invalid();
        }
        Optional<DocumentType> type = DocumentType.fromCode(a.get("dt").asText());
        if (type.isEmpty() || !ComplaintFiling.documentShapeOk(type.get(), a.get("dn").asText())) {
            return invalid();
        }
        if (longer(a, "nm", ComplaintContent.MAX_NAMES) || longer(a, "adr", ComplaintContent.MAX_ADDRESS)
                || longer(a, "ph", ComplaintContent.MAX_PHONE) || longer(a, "em", ComplaintContent.MAX_EMAIL)
                || longer(a, "gn", ComplaintContent.MAX_NAMES) || longer(a, "gd", ComplaintContent.MAX_GUARDIAN_DOCUMENT)
                || longer(a, "f", ComplaintContent.MAX_FACTS) || longer(a, "rq", ComplaintContent.MAX_REQUEST)
                || longer(a, "ac", ComplaintContent.MAX_ACTION)
                || (!a.get("as").isNull() && a.get("as").asText().length() > ComplaintContent.MAX_SUMMARY)) {
            return Optional.of(RejectReason.TOO_LARGE);
        }
        if (blank(a, "nm") || blank(a, "f") || blank(a, "rq") || blank(a, "ac")) {
            return invalid();
        }
        Optional<ComplaintFiling.ReplyVia> via = ComplaintFiling.ReplyVia.fromCode(a.get("rv").asText());
        String email = a.get("em").asText().strip();
        if (via.isEmpty() || (!email.isEmpty() && !ComplaintFiling.emailOk(email))
                || (via.get() == ComplaintFiling.ReplyVia.EMAIL && email.isEmpty())
                || (via.get() == ComplaintFiling.ReplyVia.ADDRESS && blank(a, "adr"))) {
            return invalid();
        }
        if (a.get("mi").asBoolean() && blank(a, "gn")) {
            return invalid();
        }
        if (!LANGUAGE.matcher(a.get("l").asText()).matches()
                || ComplaintFiling.Confirmation.fromCode(a.get("cf").asText()).isEmpty()) {
            return invalid();
        }
        LocalDate filedDay = Instant.ofEpochMilli(filed).atZone(ZoneOffset.UTC).toLocalDate();
        Optional<LocalDate> due = date(a.get("du").asText());
        if (due.isEmpty() || !due.get().isAfter(filedDay.minusDays(1))) {
            return invalid();
        }
        long answerFields = ANSWER.stream().filter(f -> !a.get(f).isNull()).count();
        if (answerFields != 0 && answerFields != ANSWER.size()) {
            return invalid();
        }
        if (answerFields == 0) {
            return a.get("as").isNull() ? Optional.empty() : invalid();
        }
        Optional<LocalDate> answered = date(a.get("ao").asText());
        if (answered.isEmpty() || answered.get().isBefore(filedDay.minusDays(1))
                || pe.macexpress.desk.core.Complaint.AnswerVia.fromCode(a.get("av").asText()).isEmpty()
                || a.get("ab").asText().isBlank() || a.get("ab").asText().length() > MAX_ADVISOR
                || !a.get("at").isIntegralNumber() || a.get("at").asLong() < filed) {
            return invalid();
        }
        return Optional.empty();
    }

    private static Optional<RejectReason> invalid() {
        return Optional.of(RejectReason.INVALID);
    }

    private static boolean longer(JsonNode a, String field, int max) {
        return a.get(field).asText().length() > max;
    }

    private static boolean blank(JsonNode a, String field) {
        return a.get(field).asText().isBlank();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(LocalDate.parse(text)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
