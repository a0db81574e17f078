package pe.macexpress.desk.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.reports.CsvExport;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.store.Outbox;
import pe.macexpress.desk.store.OutboxEntry;
import pe.macexpress.desk.store.OutboxSettlement;
import pe.macexpress.desk.store.Retention;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.testing.SampleAttentions;

/**
 * A survey can never be joined to a citizen in the exports: the survey CSV has exactly the
 * anonymous columns, and none of its cells holds anything of the visit it followed. Suggestions are
 * exported without names or contacts; the store and retention keep their promises.
 */
class SurveyExportTest {
    @TempDir
    Path dir;

    @Test
    void theSurveyCsvHasOnlyTheAnonymousColumnsAndNothingOfTheVisit() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T15:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            UUID visit = UUID.randomUUID();
            List<Attention> attentions = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                Attention a = SampleAttentions.of(i, clock.instant().minusSeconds(900L * (3 - i)));
                attentions.add(new Attention(a.id(), a.code(), visit, a.advisorId(), a.pointId(), a.document(),
                        a.citizenNames(), a.verification(), a.verificationCode(), a.procedureId(), a.outcome(),
                        a.language(), a.startedAt(), a.endedAt()));
            }
            attentions.forEach(db.attentions()::save);
            Feedback feedback = new Feedback(db.feedback(), clock, ZoneId.of("America/Lima"));
            // The citizen even wrote their own name in the comment: it is theirs to say, and no column names them.
            assertTrue(feedback.survey(attentions.get(0).pointId(), "qu", Arrays.asList(5, 4, null, 5, 3, 5),
                    "Allin, sulpayki", true));

            StringWriter out = new StringWriter();
            assertEquals(1, CsvExport.write(new SurveyExport(), db, out));
            String[] lines = out.toString().split("\r\n");
            assertEquals("point,day,language,treatment,information,time,outcome,accessibility,trust,comment,compliment",
                    lines[0]);
            assertEquals("TAMBO-DEMO-01,2026-12-02,qu,5,4,\"\",5,3,5,\"Allin, sulpayki\",1", lines[1]);
            List<String> forbidden = new ArrayList<>(List.of(visit.toString()));
            for (Attention a : attentions) {
                forbidden.addAll(List.of(a.id().toString(), a.code(), a.document().number(), a.advisorId(),
                        a.citizenNames(), a.visitId().toString()));
                Arrays.stream(a.citizenNames().split(" ")).forEach(forbidden::add);
            }
            for (String f : forbidden) {
                assertFalse(out.toString().contains(f), "the survey export must not contain " + f);
            }
            assertFalse(out.toString().contains("15:00") || out.toString().contains("10:00"), "no time of day");
        }
    }

    @Test
    void suggestionsAreExportedWithoutNamesOrContactsAndTheirPersonalFieldsArePurged() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T15:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            Feedback feedback = new Feedback(db.feedback(), clock, ZoneId.of("America/Lima"));
            assertTrue(feedback.suggestion(FeedbackStore.SUGGESTION_KIND, "TAMBO-DEMO-01", "es", "Más sillas",
                    "Rosa Quispe", "987654321"));
            assertTrue(feedback.suggestion(FeedbackStore.COMPLIMENT_KIND, "TAMBO-DEMO-01", "qu", "Allin yanapawarqanku",
                    "", ""));
            assertFalse(feedback.suggestion(FeedbackStore.SUGGESTION_KIND, "TAMBO-DEMO-01", "es", "  ", "", ""),
                    "nothing written, nothing saved");
            assertTrue(feedback.survey("TAMBO-DEMO-01", "es", Arrays.asList(1, 2, 3, 4, 5, null), "Me llamo Rosa", false));
            StringWriter out = new StringWriter();
            assertEquals(2, CsvExport.write(new SuggestionExport(), db, out));
            assertTrue(out.toString().startsWith("type,point,day,language,text\r\n"), out.toString());
            assertTrue(out.toString().contains("suggestion,TAMBO-DEMO-01,2026-12-02,es,\"Más sillas\"\r\n"), out.toString());
            assertTrue(out.toString().contains("compliment,TAMBO-DEMO-01,2026-12-02,qu,\"Allin yanapawarqanku\""), out.toString());
            assertFalse(out.toString().contains("Rosa") || out.toString().contains("987654321"));
            assertEquals(1, db.feedback().countSuggestions(FeedbackStore.SUGGESTION_KIND));
            assertEquals(1, db.feedback().countSuggestions(FeedbackStore.COMPLIMENT_KIND));

            // Each save queued its own kind, stamped with the day's start, never the moment.
            Outbox outbox = db.outbox();
            // The survey is held until its day is over (see SurveyHoldBackTest): as the next day's first sync does.
            assertEquals(1, db.feedback().releaseSurveys(java.time.LocalDate.of(2026, 12, 3)));
            List<OutboxEntry> batch = outbox.claim(10, List.of());
            assertEquals(List.of("compliment", "suggestion", "survey"),
                    batch.stream().map(OutboxEntry::kind).sorted().toList());
            assertTrue(batch.stream().allMatch(e -> e.createdAt().equals(Instant.parse("2026-12-02T00:00:00Z"))),
                    "queued at the day's start: " + batch);
            List<OutboxSettlement> acks = new ArrayList<>();
            batch.forEach(e -> acks.add(new OutboxSettlement(e.id(), "accepted", null, 1)));
            outbox.settle(acks);
            Retention retention = new Retention(db, clock, Duration.ofDays(90));
            clock.advance(Duration.ofDays(89));
            retention.purge();
            List<FeedbackStore.Suggestion> kept = new ArrayList<>();
            db.feedback().eachSuggestion(kept::add);
            assertTrue(kept.stream().anyMatch(s -> s.name().equals("Rosa Quispe")), "89 days: kept");
            clock.advance(Duration.ofDays(2));
            retention.purge();
            List<FeedbackStore.Suggestion> after = new ArrayList<>();
            db.feedback().eachSuggestion(after::add);
            assertEquals(2, after.size(), "the counts stay");
            assertTrue(after.stream().allMatch(s -> s.name().isEmpty() && s.contact().isEmpty() && s.text().isEmpty()),
                    after.toString());
            List<FeedbackStore.Survey> surveys = new ArrayList<>();
            db.feedback().eachSurvey(surveys::add);
            assertEquals("", surveys.get(0).comment(), "the survey's free text goes too");
            assertEquals(Arrays.asList(1, 2, 3, 4, 5, null), surveys.get(0).answers(), "its answers stay");
        }
    }

    @Test
    void theDemoSeedsArePlausible() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T15:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            int surveys = SurveyDemo.seed(db, new Random(7), clock, 300);
            int suggestions = SuggestionDemo.seed(db, new Random(7), clock, 300);
            assertEquals(100, surveys, "one per three visits");
            assertEquals(db.feedback().countSurveys(), surveys);
            assertEquals(6 + 10, suggestions, "one suggestion per 50, one compliment per 30");
            assertEquals(6, db.feedback().countSuggestions(FeedbackStore.SUGGESTION_KIND));
            assertEquals(10, db.feedback().countSuggestions(FeedbackStore.COMPLIMENT_KIND));
            List<FeedbackStore.Survey> all = new ArrayList<>();
            db.feedback().eachSurvey(all::add);
            double mean = all.stream().flatMap(s -> s.answers().stream()).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).average().orElse(0);
            assertTrue(mean > 3.5, "skewed positive: " + mean);
            assertTrue(all.stream().anyMatch(s -> !s.comment().isEmpty()), "some comments");
            assertTrue(all.stream().map(FeedbackStore.Survey::day).distinct().count() > 1, "spread over days");
        }
    }
}
