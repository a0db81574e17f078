package pe.macexpress.desk.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import pe.macexpress.desk.contract.SurveyContent;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.store.Store;

/**
 * Demo surveys for {@code seed-demo --voice}: about one per three visits (seed-demo writes one
 * visit per attention), spread over the same days as the attentions, skewed positive as MAC
 * surveys are, a driver skipped now and then, some comments (a few marked as compliments).
 */
public final class SurveyDemo {
    static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final String[] COMMENTS = {
        "Me atendieron rápido y con amabilidad.", "Deberían poner más sillas para esperar.",
        "Allin yanapawarqanku, sulpayki.", "Todo muy claro, gracias.", "La espera fue larga.",
        "Excelente atención de la señorita.", "Falta un letrero en la entrada."};

    private SurveyDemo() {
    }

    public static int seed(Store db, Random random, Clock clock, int attentions) {
        int surveys = (attentions + 1) / 3;
        int days = days(attentions);
        String point = pointOf(db);
        LocalDate today = LocalDate.now(clock.withZone(LIMA));
        for (int i = 0; i < surveys; i++) {
            List<Integer> answers = new ArrayList<>();
            int mood = random.nextInt(10); // 0..6 happy, 7..8 so-so, 9 unhappy
            for (int d = 0; d < SurveyContent.DRIVERS.size(); d++) {
                answers.add(random.nextInt(12) == 0 ? null : answer(mood, random));
            }
            boolean commented = random.nextInt(4) == 0;
            String comment = commented ? COMMENTS[random.nextInt(COMMENTS.length)] : "";
            boolean compliment = commented && mood < 7 && random.nextBoolean();
            String language = random.nextInt(5) == 0 ? "qu" : "es";
            db.feedback().save(new FeedbackStore.Survey(UUID.randomUUID(), point,
                    today.minusDays(random.nextInt(days)), language, answers, comment, compliment));
        }
        return surveys;
    }

    private static int answer(int mood, Random random) {
        int base = mood < 7 ? 4 + random.nextInt(2) : mood < 9 ? 2 + random.nextInt(3) : 1 + random.nextInt(2);
        return Math.max(1, Math.min(SurveyContent.SCALE, base));
    }

    static int days(int attentions) {
        return Math.max(1, Math.min(365, (attentions + 39) / 40));
    }

    static String pointOf(Store db) {
        return db.advisors().point().map(ServicePoint::id).orElse("DEMO");
    }
}
