package pe.macexpress.desk.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import pe.macexpress.desk.contract.SuggestionContent;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.store.Store;

/**
 * Demo suggestions and compliments for {@code seed-demo --voice}: about one suggestion per 50
 * attentions and one compliment per 30, over the attentions' days; a third leave a (fictitious)
 * name and phone to be answered.
 */
public final class SuggestionDemo {
    private static final String[] SUGGESTIONS = {
        "Que atiendan también los sábados por la tarde.", "Poner un bebedero para los que esperan.",
        "Más información en quechua en los carteles.", "Quechuapi astawan willakuykunata churaychik.",
        "Que el turno se pueda pedir por teléfono."};
    private static final String[] COMPLIMENTS = {
        "Muy amable el joven de la ventanilla.", "Gracias por la paciencia con mi mamá.",
        "Allin sunqullam yanapawarqanku.", "Rápido y bien explicado."};
    private static final String[] NAMES = {"Rosa Quispe", "Juan Mamani", "Elena Huamán"};

    private SuggestionDemo() {
    }

    public static int seed(Store db, Random random, Clock clock, int attentions) {
        int suggestions = (attentions + 25) / 50;
        int compliments = (attentions + 15) / 30;
        int days = SurveyDemo.days(attentions);
        String point = SurveyDemo.pointOf(db);
        LocalDate today = LocalDate.now(clock.withZone(SurveyDemo.LIMA));
        for (int i = 0; i < suggestions + compliments; i++) {
            boolean suggestion = i < suggestions;
            String[] texts = suggestion ? SUGGESTIONS : COMPLIMENTS;
            boolean named = random.nextInt(3) == 0;
            db.feedback().save(new FeedbackStore.Suggestion(UUID.randomUUID(),
                    suggestion ? SuggestionContent.SUGGESTION : SuggestionContent.COMPLIMENT, point,
                    today.minusDays(random.nextInt(days)), random.nextInt(5) == 0 ? "qu" : "es",
                    texts[random.nextInt(texts.length)], named ? NAMES[random.nextInt(NAMES.length)] : "",
                    named ? "9" + (10_000_000 + random.nextInt(89_999_999)) : ""));
        }
        return suggestions + compliments;
    }
}
