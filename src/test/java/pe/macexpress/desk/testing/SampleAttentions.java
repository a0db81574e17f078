package pe.macexpress.desk.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;

/** Fictitious attentions fully determined by a seed, so a test can rebuild what a child JVM saved. */
public final class SampleAttentions {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final List<String> PROCEDURES = Catalog.bundled().all().stream().map(Procedure::id).toList();
    private static final String[] NAMES = {"ROSA QUISPE MAMANI", "PERCY HUAMAN CCORI", "NELLY PIZANGO SANGAMA",
        "WILBER APAZA TICONA", "ÑUSTA CHOQUEHUANCA"};
    public static final Instant BASE = Instant.parse("2026-11-02T13:00:00Z");

    private SampleAttentions() {
    }

    public static Attention of(long seed) {
        return of(seed, BASE.plusSeconds(Math.floorMod(seed, 86_400L * 30)));
    }

    public static Attention of(long seed, Instant start) {
        Random r = new Random(seed);
        String dni = String.format("%08d", 40_000_000 + r.nextInt(39_999_999));
        OutcomeType type = OutcomeType.values()[r.nextInt(OutcomeType.values().length)];
        return new Attention(new UUID(r.nextLong(), r.nextLong()), code(r), new UUID(r.nextLong(), r.nextLong()),
                "ADV-DEMO-" + (1 + r.nextInt(3)), "TAMBO-DEMO-01",
                new Document(DocumentType.DNI, dni, String.valueOf(DniCheck.digit(dni))),
                NAMES[r.nextInt(NAMES.length)], VerificationState.values()[r.nextInt(VerificationState.values().length)],
                r.nextBoolean() ? "0000" : "", PROCEDURES.get(r.nextInt(PROCEDURES.size())),
                new Outcome(type, type.needsDetail() ? "Falta partida de nacimiento; vuelve el lunes" : ""),
                r.nextBoolean() ? "es" : "qu", start, start.plus(Duration.ofSeconds(60 + r.nextInt(900))));
    }

    private static String code(Random r) {
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
