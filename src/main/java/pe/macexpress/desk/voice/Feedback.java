package pe.macexpress.desk.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import pe.macexpress.desk.contract.SuggestionContent;
import pe.macexpress.desk.contract.SurveyContent;
import pe.macexpress.desk.store.FeedbackStore;

/**
 * Saving what a citizen says at the counter without a case: an anonymous survey, a suggestion or a
 * compliment. Only the day (in the counter's zone) is kept, never the moment. Blocking: call off
 * the FX thread.
 */
public final class Feedback {
    private final FeedbackStore store;
    private final Clock clock;
    private final ZoneId zone;

    public Feedback(FeedbackStore store, Clock clock, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * Saves a survey; false (nothing saved) when every driver was skipped and there is no comment.
     *
     * @param answers the six drivers in {@link SurveyContent#DRIVERS} order, 1..{@link SurveyContent#SCALE} or null
     */
    public boolean survey(String pointId, String language, List<Integer> answers, String comment, boolean compliment) {
        String text = clip(comment, SurveyContent.MAX_COMMENT);
        for (Integer a : answers) {
            if (a != null && (a < 1 || a > SurveyContent.SCALE)) {
                throw new IllegalArgumentException("an answer out of 1.." + SurveyContent.SCALE);
            }
        }
        if (answers.stream().allMatch(java.util.Objects::isNull) && text.isEmpty()) {
            return false;
        }
        store.save(new FeedbackStore.Survey(UUID.randomUUID(), pointId, today(), language, answers, text,
                compliment));
        return true;
    }

    /** Saves a suggestion or compliment ({@code type}); false when the text is blank. */
    public boolean suggestion(String type, String pointId, String language, String text, String name,
                              String contact) {
        String t = clip(text, SuggestionContent.MAX_TEXT);
        if (t.isEmpty()) {
            return false;
        }
        store.save(new FeedbackStore.Suggestion(UUID.randomUUID(), type, pointId, today(), language, t,
                clip(name, SuggestionContent.MAX_NAME), clip(contact, SuggestionContent.MAX_CONTACT)));
        return true;
    }

    /** Issue 15: cut at the field's limit, without control or bidi-override characters. */
    private static String clip(String s, int max) {
        return pe.macexpress.desk.security.TextGuard.clean(s == null ? "" : s.strip(), max).strip();
    }
}
