package pe.macexpress.desk.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Arrival;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.PointType;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.store.OrientationEntry;
import pe.macexpress.desk.store.OutboxSettlement;
import pe.macexpress.desk.store.Retention;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.VisitEntry;
import pe.macexpress.desk.testing.MutableClock;

/**
 * A month of a point's work for the base de datos' tests (November 2026, Lima time): attentions
 * with and without an arrival turn, visits of two attentions, one attention purged by retention, one
 * whose procedure the catalogue no longer lists, the citizen's language es, qu and ay (Aymara), an
 * orientation-only visit, orientations and unmet requests, and rows just outside the month. The
 * point's name and one procedure's name carry accents, commas, quotes and a line break.
 */
public final class BaseDeDatosSamples {
    public static final YearMonth MONTH = YearMonth.of(2026, 11);
    public static final ReportPeriod PERIOD = ReportPeriod.month(MONTH);
    public static final ServicePoint POINT = new ServicePoint("TAMBO-NUNOA-01", "Tambo \"Ñuñoa, Alto\"\nsector 2",
            PointType.TAMBO, "160101", "Ñuñoa");
    public static final String ODD_NAME = "Renovación de DNI, \"mayor\"\nde edad";
    /** Looks like a number: an XLSX must keep it as the text it is. */
    public static final String CATALOG_VERSION = "2026.10";
    public static final String GONE_PROCEDURE = "proc-retirado-del-catalogo";
    /** Names and document numbers of the seeded citizens: never in an export without permission. */
    public static final List<String> NAMES = List.of("ROSA QUISPE MAMANI", "ÑUSTA CHOQUEHUANCA APAZA", "PERCY HUAMAN CCORI",
            "WILBER TICONA SANGAMA");
    public static final List<String> NUMBERS = List.of("41234567", "001234567", "45678912", "47418529");
    /** The citizen whose attention retention purged (name and number blank afterwards). */
    public static final String PURGED_NAME = "PERCY HUAMAN CCORI";
    public static final String PURGED_NUMBER = "45678912";

    public final Catalog catalog;
    public final List<Attention> inPeriod = new ArrayList<>();
    public final List<Attention> outside = new ArrayList<>();
    public final Attention purged;
    public final Attention first;

    private BaseDeDatosSamples(Catalog catalog, Attention purged, Attention first) {
        this.catalog = catalog;
        this.purged = purged;
        this.first = first;
    }

    /** The bundled catalogue with its first procedure renamed to {@link #ODD_NAME}. */
    public static Catalog oddCatalog() {
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode root = json.readTree(Catalog.bundled().bytes());
            ObjectNode name = (ObjectNode) root.get("procedures").get(0).get("name");
            name.put("es", ODD_NAME);
            return Catalog.parse(json.writeValueAsBytes(root));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Instant lima(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(ReportPeriod.ZONE).toInstant();
    }

    /** Seeds {@code db} (opened with {@code clock}, whose time is before the month) and returns what it seeded. */
    public static BaseDeDatosSamples seed(Store db, MutableClock clock) {
        Catalog catalog = oddCatalog();
        List<Procedure> procedures = catalog.all();
        String p0 = procedures.get(0).id();
        db.advisors().savePoint(POINT);

        // 1. The attention retention purges: saved, acknowledged, and past the retention period.
        Attention purged = attention(new Random(5), PURGED_NAME, new Document(DocumentType.DNI, PURGED_NUMBER, ""), p0,
                VerificationState.VERIFIED, OutcomeType.ATENDIDO, "es", lima(6, 14, 3), 17,
                new Arrival(lima(6, 14, 0), lima(6, 14, 3), null), UUID.randomUUID());
        db.attentions().save(purged);
        db.outbox().settle(db.outbox().claim(10, List.of()).stream()
                .map(e -> new OutboxSettlement(e.id(), "accepted", null, 1)).toList());
        clock.advance(Duration.ofDays(200));
        if (new Retention(db, clock, Duration.ofDays(90)).purge() != 1) {
            throw new IllegalStateException("the sample attention was not purged");
        }

        // 2. A visit with two attentions (same arrival and call), in Spanish then in Quechua.
        UUID v1 = UUID.randomUUID();
        Arrival a1 = new Arrival(lima(2, 9, 0), lima(2, 9, 12), "es");
        Attention first = attention(new Random(1), NAMES.get(0), new Document(DocumentType.DNI, NUMBERS.get(0), "5"),
                p0, VerificationState.VERIFIED, OutcomeType.ATENDIDO, "es", lima(2, 9, 12), 18, a1, v1);
        Attention second = attention(new Random(2), NAMES.get(0), new Document(DocumentType.DNI, NUMBERS.get(0), "5"),
                procedures.get(1).id(), VerificationState.VERIFIED_MINOR, OutcomeType.DERIVADO, "qu", lima(2, 9, 30),
                10, new Arrival(lima(2, 9, 0), lima(2, 9, 12), "qu"), v1);
        // 3. No arrival turn (before the timeline), a procedure the catalogue no longer lists, in Aymara.
        Attention gone = attention(new Random(3), NAMES.get(1), new Document(DocumentType.CE, NUMBERS.get(1), ""),
                GONE_PROCEDURE, VerificationState.NOT_FOUND, OutcomeType.PENDIENTE, "ay", lima(3, 10, 0), 15,
                Arrival.UNKNOWN, UUID.randomUUID());
        // 4. The advisor's screen in Spanish, the citizen spoke Quechua.
        Attention quechua = attention(new Random(4), NAMES.get(3), new Document(DocumentType.DNI, NUMBERS.get(3), "1"),
                procedures.get(2).id(), VerificationState.PENDING, OutcomeType.NO_ATENDIDO, "es", lima(5, 8, 45), 20,
                new Arrival(lima(5, 8, 0), lima(5, 8, 45), "qu"), UUID.randomUUID());
        BaseDeDatosSamples s = new BaseDeDatosSamples(catalog, purged, first);
        s.inPeriod.addAll(List.of(purged, first, second, gone, quechua));
        // 5. Thirty more through the month, some with an arrival turn, some walk-ins, some without.
        Random r = new Random(14);
        String[] languages = {"es", "qu", "ay"};
        for (int i = 0; i < 30; i++) {
            Instant start = lima(1 + r.nextInt(30), 8 + r.nextInt(9), r.nextInt(60));
            Arrival arrival = switch (i % 3) {
                case 0 -> new Arrival(start.minus(Duration.ofSeconds(30L * r.nextInt(120))), start,
                        languages[r.nextInt(3)]);
                case 1 -> Arrival.walkIn(start, languages[r.nextInt(3)]);
                default -> Arrival.UNKNOWN;
            };
            s.inPeriod.add(attention(r, List.of(NAMES.get(0), NAMES.get(1), NAMES.get(3)).get(r.nextInt(3)),
                    new Document(DocumentType.DNI, NUMBERS.get(3), "1"),
                    procedures.get(r.nextInt(procedures.size())).id(),
                    VerificationState.values()[r.nextInt(VerificationState.values().length)],
                    OutcomeType.values()[r.nextInt(OutcomeType.values().length)], r.nextBoolean() ? "es" : "qu",
                    start, 1 + r.nextInt(40), arrival, UUID.randomUUID()));
        }
        // 6. Just outside the month: the last minute of October and the first of December (Lima time).
        s.outside.add(attention(new Random(6), NAMES.get(0), new Document(DocumentType.DNI, NUMBERS.get(0), "5"), p0,
                VerificationState.VERIFIED, OutcomeType.ATENDIDO, "es",
                LocalDateTime.of(2026, 10, 31, 23, 59).atZone(ReportPeriod.ZONE).toInstant(), 5, Arrival.UNKNOWN,
                UUID.randomUUID()));
        s.outside.add(attention(new Random(7), NAMES.get(0), new Document(DocumentType.DNI, NUMBERS.get(0), "5"), p0,
                VerificationState.VERIFIED, OutcomeType.ATENDIDO, "es",
                LocalDateTime.of(2026, 12, 1, 0, 0).atZone(ReportPeriod.ZONE).toInstant(), 5, Arrival.UNKNOWN,
                UUID.randomUUID()));
        for (Attention a : s.inPeriod) {
            if (a != purged) {
                db.attentions().save(a);
            }
        }
        s.outside.forEach(db.attentions()::save);

        // 7. An orientation-only visit (its waiting counts once), orientations and unmet requests.
        UUID onlyOrientations = UUID.randomUUID();
        db.timeline().saveVisit(new VisitEntry(onlyOrientations, POINT.id(), "ADV-1", 7, lima(7, 10, 0), lima(7, 10, 6),
                lima(7, 10, 20), "qu", 0, 2, true), null);
        db.timeline().saveOrientation(new OrientationEntry(UUID.randomUUID(), onlyOrientations, POINT.id(), "ADV-1",
                "orientation", "Dónde sacar la partida", "RENIEC", "qu", lima(7, 10, 10)));
        db.timeline().saveOrientation(new OrientationEntry(UUID.randomUUID(), onlyOrientations, POINT.id(), "ADV-1",
                "unmet", "Licencia de pesca", "PRODUCE", "qu", lima(7, 10, 15)));
        db.timeline().saveOrientation(new OrientationEntry(UUID.randomUUID(), v1, POINT.id(), "ADV-1",
                "orientation", "Horario del banco", "BN", "es", lima(2, 9, 35)));
        db.timeline().saveOrientation(new OrientationEntry(UUID.randomUUID(), UUID.randomUUID(), POINT.id(), "ADV-2",
                "unmet", "Algo sin entidad", "", "ay", lima(20, 16, 0)));
        db.timeline().saveOrientation(new OrientationEntry(UUID.randomUUID(), UUID.randomUUID(), POINT.id(), "ADV-2",
                "unmet", "Fuera del mes", "SUNAT", "es",
                LocalDateTime.of(2026, 12, 1, 8, 0).atZone(ReportPeriod.ZONE).toInstant()));
        return s;
    }

    private static Attention attention(Random r, String names, Document document, String procedure,
                                       VerificationState verification, OutcomeType outcome, String language,
                                       Instant start, int minutes, Arrival arrival, UUID visit) {
        Channel channel = Channel.values()[r.nextInt(Channel.values().length)];
        return new Attention(new UUID(r.nextLong(), r.nextLong()), code(r), visit, "ADV-" + (1 + r.nextInt(2)),
                POINT.id(), document, names, verification, "", procedure,
                new Outcome(outcome, outcome.needsDetail() ? "Vuelve el lunes" : ""), language, start,
                start.plus(Duration.ofSeconds(30L * (2 * minutes + r.nextInt(2)))),
                new ServedVia(channel, "", CATALOG_VERSION), arrival);
    }

    private static String code(Random r) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
