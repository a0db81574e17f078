package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.SurveyContent;

/**
 * Anonymous surveys at the central. Trusts nothing: exactly the schema's fields (a survey carrying a
 * visit id, a document or a time is refused: it would not be anonymous), a point, a real day in
 * yyyy-MM-dd no later than tomorrow, a language tag, each answer null or a whole number
 * 1..{@link SurveyContent#SCALE}, a comment no longer than {@link SurveyContent#MAX_COMMENT}, a
 * boolean compliment flag, and at least one answer or a comment.
 */
final class SurveyHandler implements KindHandler {
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int MAX_POINT = 64;
    /** Surveys from before MAC Express existed are typos. */
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    @Override
    public ContentSchema schema() {
        return SurveyContent.SCHEMA;
    }

    @Override
    public Optional<RejectReason> validate(JsonNode content, int schemaVersion) {
        Set<String> fields = Set.copyOf(schema().fields(schemaVersion));
        for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
            if (!fields.contains(it.next())) {
                return Optional.of(RejectReason.INVALID);
            }
        }
        if (!RecordChecks.allPresent(content, List.of("p", "d", "l", "c", "k"))) {
            return Optional.of(RejectReason.INVALID);
        }
        if (!textOf(content, "p", MAX_POINT) || !goodDay(content.get("d")) || !content.get("l").isTextual()
                || !LANGUAGE.matcher(content.get("l").asText()).matches() || !content.get("c").isTextual()
                || !content.get("k").isBoolean()) {
            return Optional.of(RejectReason.INVALID);
        }
        boolean answered = false;
        for (String driver : SurveyContent.DRIVERS) {
            JsonNode a = content.get(driver);
            if (a == null || a.isNull()) {
                continue;
            }
            if (!a.isIntegralNumber() || a.asLong() < 1 || a.asLong() > SurveyContent.SCALE) {
                return Optional.of(RejectReason.INVALID);
            }
            answered = true;
        }
        String comment = content.get("c").asText();
        if (!answered && comment.isBlank()) {
            return Optional.of(RejectReason.INVALID);
        }
        return comment.length() > SurveyContent.MAX_COMMENT ? Optional.of(RejectReason.TOO_LARGE) : Optional.empty();
    }

    static boolean textOf(JsonNode content, String field, int max) {
        JsonNode v = content.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() && v.asText().length() <= max;
    }

    /** yyyy-MM-dd, a real date, from {@link #FIRST_DAY} to tomorrow (a counter's clock may run ahead of the central's zone). */
    static boolean goodDay(JsonNode d) {
        if (d == null || !d.isTextual() || !DAY.matcher(d.asText()).matches()) {
            return false;
        }
        try {
            LocalDate day = LocalDate.parse(d.asText());
            return !day.isBefore(FIRST_DAY) && !day.isAfter(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
