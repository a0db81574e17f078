package pe.macexpress.desk.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.store.Store;

/**
 * Demo incidents for {@code seed-demo --voice}: about one per 150 attentions, spread over the days
 * the attentions cover; mostly power cuts, no link and PIDE down, rarely equipment, very rarely a
 * theft, an aggression or a suspected breach. Serious ones older than a day are closed (a breach
 * with its notification), so a demo does not open with a 48-hour banner running.
 */
public final class IncidentDemo {
    /** Weights per type, in per mille. */
    private static final List<Object[]> MIX = List.of(
            new Object[] {IncidentType.POWER_CUT, 360},
            new Object[] {IncidentType.NO_LINK, 300},
            new Object[] {IncidentType.PIDE_DOWN, 210},
            new Object[] {IncidentType.EQUIPMENT_FAILURE, 70},
            new Object[] {IncidentType.OTHER, 40},
            new Object[] {IncidentType.THEFT, 10},
            new Object[] {IncidentType.AGGRESSION, 7},
            new Object[] {IncidentType.DATA_BREACH, 3});

    /** What happened and what was done, per type in the order of {@link IncidentType}. */
    private static final String[][] TEXTS = {
            {"Corte de luz en el local desde la mañana.", "Se atendió con la laptop a batería y se avisó a la municipalidad."},
            {"Sin internet: el router no conecta.", "Se siguió atendiendo sin conexión; se reinició el router."},
            {"PIDE no responde a las consultas de RENIEC.", "Identidades registradas como por verificar."},
            {"La impresora no enciende.", "Constancias entregadas en PDF; se pidió soporte."},
            {"Falta el lector de huellas al abrir el local.", "Se informó a la coordinación y a la policía."},
            {"Un usuario insultó y empujó al personal.", "Se llamó al serenazgo; el personal está bien."},
            {"Se perdió una memoria USB con atenciones sin cifrar.", "Se cambió la clave de PIDE y se avisó a la coordinación."},
            {"Goteras sobre el módulo de atención.", "Se movió el equipo a otra mesa."}};

    private IncidentDemo() {
    }

    public static int seed(Store db, Random random, Clock clock, int attentions) {
        int count = attentions / 150 + (random.nextInt(150) < attentions % 150 ? 1 : 0);
        if (count == 0) {
            return 0;
        }
        List<Advisor> advisors = db.advisors().activeAdvisors();
        String point = db.advisors().point().map(ServicePoint::id).orElse("");
        // The attentions of a demo spread over about one day per 40 of them, a month at most.
        int days = Math.max(1, Math.min(30, attentions / 40));
        Instant now = clock.instant();
        for (int n = 0; n < count; n++) {
            IncidentType type = pick(random);
            IncidentSeverity severity = type.alwaysSerious() ? IncidentSeverity.GRAVE
                    : random.nextInt(10) < 7 ? IncidentSeverity.LEVE
                    : random.nextInt(4) == 0 ? IncidentSeverity.GRAVE : IncidentSeverity.MODERADA;
            Instant occurred = now.minus(Duration.ofMinutes(30 + random.nextInt(days * 24 * 60)));
            String[] text = TEXTS[type.ordinal()];
            String advisor = advisors.isEmpty() ? "ADV-DEMO" : advisors.get(random.nextInt(advisors.size())).id();
            Incident incident = new Incident(UUID.randomUUID(), type, severity, occurred, text[0], text[1], advisor,
                    point, occurred.plus(Duration.ofMinutes(5 + random.nextInt(40))), null);
            db.incidents().record(incident);
            if (incident.serious() && Duration.between(occurred, now).toHours() >= 24) {
                Instant closedAt = occurred.plus(Duration.ofHours(2 + random.nextInt(20)));
                db.incidents().close(incident.id(), new Incident.Closing(
                        incident.isBreach() ? closedAt : null, incident.isBreach() ? "ANPD-DEMO-" + (1000 + n) : "",
                        advisor, closedAt));
            }
        }
        return count;
    }

    private static IncidentType pick(Random random) {
        int roll = random.nextInt(1000);
        for (Object[] m : MIX) {
            roll -= (Integer) m[1];
            if (roll < 0) {
                return (IncidentType) m[0];
            }
        }
        return IncidentType.OTHER;
    }
}
