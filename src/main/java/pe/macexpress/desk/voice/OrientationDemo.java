package pe.macexpress.desk.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Entity;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.store.OrientationEntry;
import pe.macexpress.desk.store.Store;

/**
 * Demo data for {@code seed-demo --voice} (issue 13): about one orientation per 8 attentions and one
 * request outside the catalogue per 25, spread over the last days, at the point and by the advisors
 * of the attentions already seeded (a demo point otherwise). Plausible questions, fictitious.
 */
public final class OrientationDemo {
    static final List<String> QUESTIONS = List.of(
            "Horario de atención del MAC Express y qué días viene la PIAS",
            "Qué documentos necesita para renovar el DNI de su hijo",
            "Cómo consultar si tiene la Pensión 65",
            "Dónde queda la oficina de la SUNARP más cercana",
            "Cuánto cuesta el duplicado del DNI",
            "Cómo saber si está afiliado al SIS",
            "Cuándo pagan el bono y dónde cobrarlo",
            "Cómo recuperar la clave SOL",
            "");
    static final List<String> UNMET = List.of(
            "Licencia de conducir: renovación",
            "Partida de matrimonio de la municipalidad de otra provincia",
            "Certificado de antecedentes penales para viajar",
            "Título de propiedad de su chacra (COFOPRI)",
            "Pasaporte para su hija",
            "Inscripción en el programa Juntos",
            "Constancia de posesión del terreno",
            "Reclamo por el recibo de luz");

    private OrientationDemo() {
    }

    /** Adds orientations and unmet requests for a demo of {@code attentions} attentions; returns how many. */
    public static int seed(Store db, Random random, Clock clock, int attentions) {
        List<Attention> recent = db.attentions().recent(50);
        String point = recent.isEmpty() ? "demo-point" : recent.get(0).pointId();
        List<String> advisors = recent.isEmpty() ? List.of("demo") : recent.stream().map(Attention::advisorId)
                .distinct().toList();
        List<Entity> entities = Catalog.bundled().entities();
        int orientations = Math.max(attentions > 0 ? 1 : 0, Math.round(attentions / 8f));
        int unmet = Math.round(attentions / 25f);
        Instant now = clock.instant();
        int written = 0;
        for (int i = 0; i < orientations + unmet; i++) {
            boolean isUnmet = i >= orientations;
            Instant at = now.minus(Duration.ofMinutes(random.nextInt(14 * 24 * 60)));
            String topic = isUnmet ? UNMET.get(random.nextInt(UNMET.size()))
                    : QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            // A third of the unmet requests name no entity: the advisor did not know ("no sé").
            String entity = entities.isEmpty() || (isUnmet && random.nextInt(3) == 0) ? ""
                    : entities.get(random.nextInt(entities.size())).id();
            db.timeline().saveOrientation(new OrientationEntry(UUID.randomUUID(), UUID.randomUUID(), point,
                    advisors.get(random.nextInt(advisors.size())),
                    isUnmet ? OrientationContent.UNMET : OrientationContent.ORIENTATION, topic, entity,
                    random.nextInt(5) == 0 ? "qu" : "es", at));
            written++;
        }
        return written;
    }
}
