package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.SuggestionContent;
import pe.macexpress.desk.contract.SurveyContent;
import pe.macexpress.desk.contract.Wire;

/** What the reference central takes as an anonymous survey, a suggestion or a compliment, and why it refuses the rest. */
class SurveyHandlerTest {
    private final SurveyHandler surveys = new SurveyHandler();
    private final SuggestionHandler suggestions = new SuggestionHandler(SuggestionContent.SUGGESTION);
    private final SuggestionHandler compliments = new SuggestionHandler(SuggestionContent.COMPLIMENT);
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    private static ObjectNode survey() {
        return Wire.mapper().valueToTree(new SurveyContent("TAMBO-DEMO-01", TODAY, "qu", 5, 4, null, 3, 1, 2,
                "Allin", true));
    }

    private static ObjectNode suggestion() {
        return Wire.mapper().valueToTree(new SuggestionContent("TAMBO-DEMO-01", TODAY, "es",
                "Más sillas", "", ""));
    }

    private Optional<RejectReason> check(ObjectNode c) {
        return surveys.validate(c, 1);
    }

    @Test
    void aWholeSurveyIsTakenSkippedDriversIncluded() {
        assertEquals(Optional.empty(), check(survey()));
        ObjectNode onlyComment = survey();
        SurveyContent.DRIVERS.forEach(onlyComment::putNull);
        assertEquals(Optional.empty(), check(onlyComment), "a comment alone is an answer");
        ObjectNode noComment = survey();
        noComment.put("c", "");
        assertEquals(Optional.empty(), check(noComment));
    }

    @Test
    void answersOutOfTheFacesAreRefused() {
        for (Object bad : new Object[] {0, 6, -1, 2.5, "5"}) {
            ObjectNode s = survey();
            s.set("tr", Wire.mapper().valueToTree(bad));
            assertEquals(Optional.of(RejectReason.INVALID), check(s), "tr = " + bad);
        }
    }

    @Test
    void aTooLongCommentIsTooLarge() {
        ObjectNode s = survey();
        s.put("c", "x".repeat(SurveyContent.MAX_COMMENT + 1));
        assertEquals(Optional.of(RejectReason.TOO_LARGE), check(s));
        s.put("c", "x".repeat(SurveyContent.MAX_COMMENT));
        assertEquals(Optional.empty(), check(s));
    }

    @Test
    void missingFieldsAreRefused() {
        for (String f : new String[] {"p", "d", "l", "c", "k"}) {
            ObjectNode gone = survey();
            gone.remove(f);
            assertEquals(Optional.of(RejectReason.INVALID), check(gone), "without " + f);
            ObjectNode nul = survey();
            nul.putNull(f);
            assertEquals(Optional.of(RejectReason.INVALID), check(nul), f + " null");
        }
        ObjectNode empty = survey();
        SurveyContent.DRIVERS.forEach(empty::putNull);
        empty.put("c", " ");
        assertEquals(Optional.of(RejectReason.INVALID), check(empty), "nothing answered, nothing said");
        ObjectNode flag = survey();
        flag.put("k", "yes");
        assertEquals(Optional.of(RejectReason.INVALID), check(flag), "the compliment flag is a boolean");
    }

    @Test
    void badDaysAreRefused() {
        for (String day : new String[] {"2026-13-01", "2026-02-30", "02/12/2026", "2026-12-02T10:00", "2019-12-31",
                LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(), ""}) {
            ObjectNode s = survey();
            s.put("d", day);
            assertEquals(Optional.of(RejectReason.INVALID), check(s), "day " + day);
        }
    }

    @Test
    void aSurveyCarryingAnythingThatCouldNameTheVisitIsRefused() {
        for (String field : new String[] {"vi", "at", "dn", "ad", "t", "n"}) {
            ObjectNode s = survey();
            s.put(field, "12345678");
            assertEquals(Optional.of(RejectReason.INVALID), check(s), "a survey with " + field + " is not anonymous");
        }
        ObjectNode lang = survey();
        lang.put("l", "Quechua del Cusco");
        assertEquals(Optional.of(RejectReason.INVALID), check(lang));
        ObjectNode point = survey();
        point.put("p", "P".repeat(65));
        assertEquals(Optional.of(RejectReason.INVALID), check(point));
    }

    @Test
    void suggestionsAndComplimentsKeepTheirLimits() {
        assertEquals(Optional.empty(), suggestions.validate(suggestion(), 1));
        assertEquals(Optional.empty(), compliments.validate(suggestion(), 1));
        ObjectNode blank = suggestion();
        blank.put("x", "  ");
        assertEquals(Optional.of(RejectReason.INVALID), suggestions.validate(blank, 1));
        ObjectNode longText = suggestion();
        longText.put("x", "x".repeat(SuggestionContent.MAX_TEXT + 1));
        assertEquals(Optional.of(RejectReason.TOO_LARGE), suggestions.validate(longText, 1));
        ObjectNode longName = suggestion();
        longName.put("nm", "n".repeat(SuggestionContent.MAX_NAME + 1));
        assertEquals(Optional.of(RejectReason.TOO_LARGE), compliments.validate(longName, 1));
        ObjectNode longContact = suggestion();
        longContact.put("ct", "9".repeat(SuggestionContent.MAX_CONTACT + 1));
        assertEquals(Optional.of(RejectReason.TOO_LARGE), compliments.validate(longContact, 1));
        ObjectNode noName = suggestion();
        noName.remove("nm");
        assertEquals(Optional.of(RejectReason.INVALID), suggestions.validate(noName, 1));
        ObjectNode extra = suggestion();
        extra.put("vi", "x");
        assertEquals(Optional.of(RejectReason.INVALID), suggestions.validate(extra, 1));
        ObjectNode badDay = suggestion();
        badDay.put("d", "ayer");
        assertEquals(Optional.of(RejectReason.INVALID), suggestions.validate(badDay, 1));
    }
}
