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

/** Fictitious attentions fully determined by a seed (visits of 1–3 procedures share a visit id). */
public final class SyncSamples {
    private static final List<String> PROCEDURES = Catalog.bundled().all().stream().map(Procedure::id).toList();
    private static final String[] NAMES = {"ROSA QUISPE MAMANI", "PERCY HUAMAN CCORI", "NELLY PIZANGO SANGAMA",
        "WILBER APAZA TICONA", "ÑUSTA CHOQUEHUANCA"};
    public static final Instant BASE = Instant.parse("2026-11-02T13:00:00Z");

    private SyncSamples() {
    }

    public static Attention of(long seed) {
        Random r = new Random(seed);
        Random visit = new Random(seed / 2);
        String dni = String.format("%08d", 40_000_000 + visit.nextInt(39_999_999));
        OutcomeType type = OutcomeType.values()[r.nextInt(OutcomeType.values().length)];
        Instant start = BASE.plusSeconds(seed * 300);
        return new Attention(new UUID(r.nextLong(), r.nextLong()), String.format("%04X-%04X", seed >> 16 & 0xffff,
                seed & 0xffff), new UUID(visit.nextLong(), visit.nextLong()), "ADV-DEMO-" + (1 + r.nextInt(3)),
                "TAMBO-DEMO-01", new Document(DocumentType.DNI, dni, String.valueOf(DniCheck.digit(dni))),
                NAMES[visit.nextInt(NAMES.length)], VerificationState.VERIFIED, "0000",
                PROCEDURES.get(r.nextInt(PROCEDURES.size())),
                new Outcome(type, type.needsDetail() ? "Falta partida de nacimiento; vuelve el lunes" : ""),
                r.nextInt(3) == 0 ? "qu" : "es", start, start.plus(Duration.ofSeconds(60 + r.nextInt(900))));
    }

    /** Same attention, but with a procedure the central does not know: rejected. */
    public static Attention withUnknownProcedure(long seed) {
        Attention a = of(seed);
        return new Attention(a.id(), a.code(), a.visitId(), a.advisorId(), a.pointId(), a.document(), a.citizenNames(),
                a.verification(), a.verificationCode(), "TRAMITE-INEXISTENTE", a.outcome(), a.language(),
                a.startedAt(), a.endedAt());
    }
}
