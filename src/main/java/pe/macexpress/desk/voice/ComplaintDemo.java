package pe.macexpress.desk.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import pe.macexpress.desk.cases.CasePolicy;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.store.Store;

/**
 * Demo complaints for {@code seed-demo --voice}: about one per 200 attentions, filed over the last
 * days at the workstation's point, the older ones mostly answered. Fictitious people only.
 */
public final class ComplaintDemo {
    private static final List<String> NAMES = List.of("ROSA QUISPE MAMANI", "JUAN HUAMAN CCAMA",
            "MARIA CONDORI TTITO", "PEDRO APAZA QUISPE", "LUCIA FLORES HUILLCA");
    private static final List<String[]> TEXTS = List.of(
            new String[] {"Esperé más de una hora y no había quien atienda en la ventanilla.",
                    "Que se respete el horario de atención publicado.",
                    "Se le atendió de inmediato y se registró la demora."},
            new String[] {"No me dieron información clara sobre los requisitos del trámite.",
                    "Que me expliquen por escrito los requisitos.",
                    "Se le entregó la lista de requisitos impresa."},
            new String[] {"El sistema estuvo caído y tuve que volver otro día.",
                    "Que me atiendan con prioridad cuando vuelva.",
                    "Se anotó su documento para atención prioritaria."});

    private ComplaintDemo() {
    }

    /** Adds about {@code attentions / 200} complaints (at least one when there are attentions); returns how many. */
    public static int seed(Store db, Random random, Clock clock, int attentions) {
        if (attentions <= 0) {
            return 0;
        }
        ServicePoint point = db.advisors().point().orElse(null);
        String pointId = point == null ? "DEMO-01" : point.id();
        int count = Math.max(1, Math.round(attentions / 200f));
        Instant now = clock.instant();
        for (int i = 0; i < count; i++) {
            // Oldest first, so the numbers follow the filing dates.
            int daysAgo = (int) ((long) (count - i) * 20 / count);
            Instant at = now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(random.nextInt(480)));
            Clock then = Clock.fixed(at, ZoneOffset.UTC);
            ComplaintService service = new ComplaintService(db, then, () -> ComplaintService.DEFAULT_ANSWER_DAYS);
            String[] t = TEXTS.get(random.nextInt(TEXTS.size()));
            boolean byEmail = random.nextBoolean();
            String dni = String.format("%08d", 10_000_000 + random.nextInt(80_000_000));
            ComplaintFiling f = new ComplaintFiling(null, "demo", DocumentType.DNI, dni,
                    NAMES.get(random.nextInt(NAMES.size())), byEmail ? "" : "Jr. Los Incas 123, Cusco", "984000111",
                    byEmail ? "vecino" + i + "@example.org" : "",
                    byEmail ? ComplaintFiling.ReplyVia.EMAIL : ComplaintFiling.ReplyVia.ADDRESS, false, "", "",
                    t[0], t[1], t[2], random.nextInt(4) == 0 ? "qu" : "es",
                    ComplaintFiling.Confirmation.CITIZEN_READ);
            Complaint c = service.file(f, pointId);
            if (daysAgo >= 5 && random.nextInt(3) > 0) {
                LocalDate on = LocalDate.ofInstant(at, CasePolicy.ZONE).plusDays(1 + random.nextInt(4));
                new ComplaintService(db, Clock.fixed(at.plus(Duration.ofDays(5)), ZoneOffset.UTC),
                        () -> ComplaintService.DEFAULT_ANSWER_DAYS).answer(c.id(), on,
                        byEmail ? Complaint.AnswerVia.EMAIL : Complaint.AnswerVia.LETTER,
                        "Se respondió por escrito con las disculpas y la medida adoptada.", "demo");
            }
        }
        return count;
    }
}
