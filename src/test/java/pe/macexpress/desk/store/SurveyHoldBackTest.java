package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a survey never enters the outbox right after the attentions of the visit it rates.
 * Surveys are held and queued in shuffled groups: a day's once the day is over, today's once five
 * wait. Real SQLite file.
 */
class SurveyHoldBackTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    @Test
    void surveysLeaveInGroupsOfFiveOrWhenTheirDayIsOver() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            FeedbackStore feedback = db.feedback();
            UUID yesterdays = save(feedback, TODAY.minusDays(1));
            assertEquals(List.of(), surveysQueued(db), "held while its day lasts");
            assertEquals(1, feedback.releaseSurveys(TODAY), "yesterday's leaves once its day is over");
            assertEquals(List.of(yesterdays), surveysQueued(db));
            List<UUID> todays = new ArrayList<>();
            for (int i = 0; i < FeedbackStore.RELEASE_GROUP - 1; i++) {
                todays.add(save(feedback, TODAY));
                assertEquals(List.of(yesterdays), surveysQueued(db), "held while fewer than five of the day wait");
            }
            assertEquals(FeedbackStore.RELEASE_GROUP - 1, feedback.heldSurveys());

            todays.add(save(feedback, TODAY));
            assertEquals(new HashSet<>(todays), Set.copyOf(surveysQueued(db).subList(1, 1 + todays.size())),
                    "the fifth releases the group");
            assertEquals(0, feedback.heldSurveys());
            assertEquals(0, feedback.releaseSurveys(TODAY.plusDays(1)), "each survey is queued once");
            assertEquals(1 + todays.size(), surveysQueued(db).size());
        }
    }

    @Test
    void aGroupIsShuffled() {
        // 20 groups of five saved in order: if none came out in a different order, queueing kept the order.
        boolean reordered = false;
        for (int g = 0; g < 20 && !reordered; g++) {
            try (Store db = Store.open(dir.resolve("g" + g + ".db"), Clock.systemUTC())) {
                List<UUID> saved = new ArrayList<>();
                for (int i = 0; i < FeedbackStore.RELEASE_GROUP; i++) {
                    saved.add(save(db.feedback(), TODAY));
                }
                reordered = !saved.equals(surveysQueued(db));
            }
        }
        assertTrue(reordered, "the outbox's order is not the order of answering");
    }

    private static UUID save(FeedbackStore feedback, LocalDate day) {
        UUID id = UUID.randomUUID();
        feedback.save(new FeedbackStore.Survey(id, "TAMBO-01", day, "qu", Arrays.asList(5, 4, 3, 5, 4, 5), "", false));
        return id;
    }

    private static List<UUID> surveysQueued(Store db) {
        return db.outbox().unsettled(0, 1000).stream().filter(e -> e.kind().equals(FeedbackStore.SURVEY_KIND))
                .map(OutboxEntry::recordId).toList();
    }
}
