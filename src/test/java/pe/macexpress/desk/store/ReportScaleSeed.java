package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import pe.macexpress.desk.core.DniCheck;

/**
 * Issue 14 (speed at scale): fills a store with a point's two years for the report benchmark, in
 * direct SQL (batched, one transaction per ~50,000 attentions; the columns are those the stores
 * write, personal fields sealed with the database's key as {@link AttentionStore} seals them).
 *
 * <p>What it writes, deterministically (seed 42), from the 1st of the month two years before
 * {@code today} up to {@code today}, Monday to Saturday, 08:00-17:00 in Lima: {@code attentions}
 * attentions (≈40,000 a calendar month for 1,000,000) grouped into visits of 1-3 attentions with
 * arrival and call times (8 % without an arrival turn, as older rows), a mix of procedures (skewed,
 * like a real counter), channels, outcomes, verifications and languages (5 % with no citizen
 * language); a visit row per visit, orientation-only visits, orientations and unmet requests,
 * surveys (with skipped answers), suggestions and compliments, complaints (some overdue),
 * incidents, a follow-up case per pending outcome (most closed), and one outbox row per attention
 * and per visit, acknowledged within hours except on the point's offline days and the last two days.
 */
final class ReportScaleSeed {
    static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final int BATCH = 50_000;
    private static final String[] CHANNELS = {"counter", "portal", "capture", "referral"};
    private static final int[] CHANNEL_WEIGHTS = {55, 25, 12, 8};
    private static final String[] OUTCOMES = {"ATENDIDO", "PENDIENTE", "DERIVADO", "NO_ATENDIDO"};
    private static final int[] OUTCOME_WEIGHTS = {78, 10, 8, 4};
    private static final String[] VERIFICATIONS = {"VERIFIED", "VERIFIED_MINOR", "PENDING", "NOT_FOUND",
        "CHECKED_BY_ADVISOR"};
    private static final int[] VERIFICATION_WEIGHTS = {85, 3, 4, 2, 6};
    private static final String[] LANGUAGES = {"es", "qu", "ay"};
    private static final int[] LANGUAGE_WEIGHTS = {70, 24, 1};
    private static final String[] INCIDENTS = {"power_cut", "no_link", "pide_down", "equipment_failure", "theft",
        "other"};
    private static final String[] ADVISORS = {"ADV-DEMO-1", "ADV-DEMO-2", "ADV-DEMO-3", "ADV-DEMO-4"};
    private static final String POINT = "TAMBO-DEMO-01";

    private final Store db;
    private final List<String> procedures;
    private final int[] procedureWeights;
    private final Random random = new Random(42);
    private final Map<Integer, String[]> sealedCitizens = new HashMap<>();
    private final long nowMs;
    private final LocalDate today;
    private long attentionSeq;
    private long complaintSeq;
    private int rowsInBatch;
    private PreparedStatement attention;
    private PreparedStatement visit;
    private PreparedStatement outbox;
    private PreparedStatement orientation;
    private PreparedStatement survey;
    private PreparedStatement suggestion;
    private PreparedStatement complaint;
    private PreparedStatement incident;
    private PreparedStatement followUp;

    ReportScaleSeed(Store db, List<String> procedures, long nowMs) {
        this.db = db;
        this.procedures = procedures;
        this.nowMs = nowMs;
        this.today = java.time.Instant.ofEpochMilli(nowMs).atZone(LIMA).toLocalDate();
        this.procedureWeights = new int[procedures.size()];
        for (int i = 0; i < procedureWeights.length; i++) { // Zipf-like: a few procedures are most of the work
            procedureWeights[i] = Math.max(1, 1000 / (i + 1));
        }
    }

    /** The first day the seed covers: the 1st of the month two years before {@code today}. */
    static LocalDate firstDay(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(24);
    }

    /** Writes {@code total} attentions and everything around them; returns the attentions written. */
    long fill(int total) {
        LocalDate first = firstDay(today);
        int workingDays = 0;
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            workingDays += d.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1;
        }
        double perDay = (double) total / workingDays;
        db.database().read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = -262144");
            }
            return null;
        });
        LocalDate[] cursor = {first};
        double[] owed = {0};
        while (!cursor[0].isAfter(today) && attentionSeq < total) {
            db.database().write(c -> {
                prepare(c);
                rowsInBatch = 0;
                while (!cursor[0].isAfter(today) && attentionSeq < total && rowsInBatch < BATCH) {
                    LocalDate day = cursor[0];
                    cursor[0] = day.plusDays(1);
                    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        continue;
                    }
                    owed[0] += perDay;
                    int n = (int) Math.min(Math.floor(owed[0]), total - attentionSeq);
                    if (day.equals(today)) {
                        n = (int) (total - attentionSeq); // the rounding's remainder: exactly total
                    }
                    owed[0] -= n;
                    day(c, day, n);
                }
                execute();
                close();
                return null;
            });
        }
        db.database().read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = -2000"); // back to SQLite's default for the measurements
                st.execute("ANALYZE");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
        return attentionSeq;
    }

    private void day(Connection c, LocalDate day, int n) throws SQLException {
        long open = day.atTime(8, 0).atZone(LIMA).toInstant().toEpochMilli();
        long span = 9 * 3_600_000L;
        boolean offline = random.nextInt(100) < 5; // the link was down all day: acknowledged the next day
        int written = 0;
        // visit arrivals spread over the day in order
        int visits = Math.max(1, (int) Math.round(n / 1.45));
        long step = span / visits;
        long arrival = open;
        while (written < n) {
            arrival += step / 2 + random.nextInt((int) Math.max(1, step));
            int k = Math.min(n - written, pick(new int[] {65, 25, 10}) + 1);
            boolean turn = random.nextInt(100) >= 8;
            long wait = (long) (Math.abs(random.nextGaussian()) * 12 * 60_000) + random.nextInt(120_000);
            long called = arrival + wait;
            String visitId = new UUID(random.nextLong(), random.nextLong()).toString();
            String language = random.nextInt(100) < 5 ? null : LANGUAGES[pick(LANGUAGE_WEIGHTS)];
            String advisor = ADVISORS[random.nextInt(ADVISORS.length)];
            long start = called + 30_000 + random.nextInt(60_000);
            for (int j = 0; j < k; j++) {
                long end = start + 120_000 + random.nextInt(1_080_000);
                attention(visitId, advisor, language, turn ? arrival : 0, turn ? called : 0, start, end, offline);
                start = end + random.nextInt(30_000);
                written++;
            }
            boolean oriented = random.nextInt(100) < 10;
            if (turn) {
                visit(visitId, advisor, arrival, called, start, language, k, oriented ? 1 : 0, false, offline);
            }
            if (oriented) {
                orientation(visitId, advisor, language, start);
            }
            if (random.nextInt(100) < 4) { // a visit that held only an orientation (no attention row)
                String only = new UUID(random.nextLong(), random.nextLong()).toString();
                long w = random.nextInt(600_000);
                visit(only, advisor, arrival + 1, arrival + 1 + w, arrival + w + 300_000, language, 0, 1, true, offline);
                orientation(only, advisor, language, arrival + w + 200_000);
            }
            if (random.nextInt(100) < 8) {
                survey(day, language);
            }
            if (random.nextInt(1000) < 5) {
                suggestion(day, language);
            }
            if (random.nextInt(700) < k) {
                complaint(day, visitId, advisor, language, start);
            }
        }
        if (random.nextInt(4) == 0) {
            incident(open + random.nextInt((int) span));
        }
    }

    private void attention(String visitId, String advisor, String language, long arrived, long called, long start,
                           long end, boolean offline) throws SQLException {
        long seq = attentionSeq++;
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        String[] citizen = citizen(random.nextInt(150_000));
        String outcome = OUTCOMES[pick(OUTCOME_WEIGHTS)];
        int i = 1;
        attention.setString(i++, id);
        attention.setString(i++, String.format("B%07d", seq));
        attention.setString(i++, visitId);
        attention.setString(i++, advisor);
        attention.setString(i++, citizen[0]);
        attention.setString(i++, citizen[1]);
        attention.setString(i++, citizen[2]);
        attention.setString(i++, VERIFICATIONS[pick(VERIFICATION_WEIGHTS)]);
        attention.setString(i++, procedures.get(pick(procedureWeights)));
        attention.setString(i++, outcome);
        attention.setString(i++, "ATENDIDO".equals(outcome) ? "" : "Falta un documento; vuelve el lunes");
        attention.setLong(i++, start);
        attention.setLong(i++, end);
        attention.setLong(i++, end);
        attention.setString(i++, CHANNELS[pick(CHANNEL_WEIGHTS)]);
        if (arrived > 0) {
            attention.setLong(i++, arrived);
            attention.setLong(i++, called);
        } else {
            attention.setNull(i++, Types.INTEGER);
            attention.setNull(i++, Types.INTEGER);
        }
        attention.setString(i++, language);
        attention.setString(i, citizen[3]);
        attention.addBatch();
        queue("attention", id, end, offline);
        if ("PENDIENTE".equals(outcome)) {
            followUp.setString(1, id);
            followUp.setLong(2, end);
            LocalDate opened = java.time.Instant.ofEpochMilli(end).atZone(LIMA).toLocalDate();
            followUp.setString(3, opened.plusDays(15).toString());
            long closedAt = end + (long) random.nextInt(30) * 86_400_000L;
            boolean closed = random.nextInt(100) < 85 && closedAt < nowMs;
            followUp.setString(4, closed ? "closed" : "open");
            followUp.setString(5, closed ? "RESUELTO" : null);
            if (closed) {
                followUp.setLong(6, closedAt);
            } else {
                followUp.setNull(6, Types.INTEGER);
            }
            followUp.addBatch();
        }
        rowsInBatch++;
    }

    private void visit(String id, String advisor, long arrived, long called, long ended, String language,
                       int attentions, int orientations, boolean only, boolean offline) throws SQLException {
        visit.setString(1, id);
        visit.setString(2, advisor);
        visit.setLong(3, arrived);
        visit.setLong(4, called);
        visit.setLong(5, ended);
        visit.setString(6, language == null ? "es" : language);
        visit.setInt(7, attentions);
        visit.setInt(8, orientations);
        visit.setInt(9, only ? 1 : 0);
        visit.setLong(10, ended);
        visit.addBatch();
        queue("visit", id, ended, offline);
    }

    private void orientation(String visitId, String advisor, String language, long at) throws SQLException {
        boolean unmet = random.nextInt(100) < 25;
        orientation.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
        orientation.setString(2, visitId);
        orientation.setString(3, advisor);
        orientation.setString(4, unmet ? "unmet" : "orientation");
        orientation.setString(5, unmet ? "Licencia de funcionamiento" : "Horario del banco");
        orientation.setString(6, random.nextBoolean() ? "SUNARP" : "MUNICIPALIDAD");
        orientation.setString(7, language == null ? "es" : language);
        orientation.setLong(8, at);
        orientation.addBatch();
    }

    private void survey(LocalDate day, String language) throws SQLException {
        survey.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
        survey.setString(2, day.toString());
        survey.setString(3, language == null ? "es" : language);
        for (int d = 0; d < 6; d++) {
            if (random.nextInt(100) < 10) {
                survey.setNull(4 + d, Types.INTEGER);
            } else {
                survey.setInt(4 + d, Math.max(1, 5 - (int) Math.abs(random.nextGaussian() * 1.2)));
            }
        }
        survey.setInt(10, random.nextInt(100) < 15 ? 1 : 0);
        survey.addBatch();
    }

    private void suggestion(LocalDate day, String language) throws SQLException {
        suggestion.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
        suggestion.setString(2, random.nextBoolean() ? "suggestion" : "compliment");
        suggestion.setString(3, day.toString());
        suggestion.setString(4, language == null ? "es" : language);
        suggestion.addBatch();
    }

    private void complaint(LocalDate day, String visitId, String advisor, String language, long at)
            throws SQLException {
        long seq = ++complaintSeq;
        LocalDate due = day.plusDays(15);
        boolean answered = random.nextInt(100) < 90 && due.isBefore(today);
        complaint.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
        complaint.setLong(2, seq);
        complaint.setInt(3, day.getYear());
        complaint.setLong(4, at);
        complaint.setString(5, advisor);
        complaint.setString(6, visitId);
        complaint.setString(7, language == null ? "es" : language);
        complaint.setString(8, due.toString());
        complaint.setString(9, answered ? day.plusDays(1 + random.nextInt(20)).toString() : null);
        complaint.addBatch();
    }

    private void incident(long at) throws SQLException {
        String type = INCIDENTS[random.nextInt(INCIDENTS.length)];
        boolean serious = "theft".equals(type);
        incident.setString(1, new UUID(random.nextLong(), random.nextLong()).toString());
        incident.setString(2, type);
        incident.setString(3, serious ? "grave" : random.nextBoolean() ? "leve" : "moderada");
        incident.setInt(4, serious ? 1 : 0);
        incident.setLong(5, at);
        incident.setLong(6, at + 600_000);
        if (at + 86_400_000L < nowMs) {
            incident.setLong(7, at + 86_400_000L);
        } else {
            incident.setNull(7, Types.INTEGER);
        }
        incident.addBatch();
    }

    /** An outbox row, acknowledged within hours (next morning on an offline day), pending the last two days. */
    private void queue(String kind, String id, long at, boolean offline) throws SQLException {
        boolean recent = at > nowMs - 2 * 86_400_000L;
        long acknowledged = offline ? at + 86_400_000L + random.nextInt(3_600_000)
                : at + 60_000 + random.nextInt(3 * 3_600_000);
        outbox.setString(1, kind);
        outbox.setString(2, id);
        outbox.setString(3, recent ? "pending" : "acknowledged");
        outbox.setLong(4, at);
        outbox.setLong(5, recent ? at : acknowledged);
        if (recent) {
            outbox.setNull(6, Types.INTEGER);
        } else {
            outbox.setInt(6, 1);
        }
        outbox.addBatch();
    }

    /** A citizen's sealed document number, check digit and names, and the blind index (sealed once each). */
    private String[] citizen(int index) {
        return sealedCitizens.computeIfAbsent(index, k -> {
            Random r = new Random(k);
            String dni = String.format("%08d", 40_000_000 + r.nextInt(39_999_999));
            Sealing sealing = db.database().sealing();
            return new String[] {sealing.seal(dni), sealing.seal(String.valueOf(DniCheck.digit(dni))),
                sealing.seal("ROSA QUISPE MAMANI"), sealing.blind(dni)};
        });
    }

    private int pick(int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int x = random.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private void prepare(Connection c) throws SQLException {
        attention = c.prepareStatement("INSERT INTO attention (id, code, visit_id, advisor_id, point_id, doc_type,"
                + " doc_number, doc_check, citizen_names, verification, verification_code, procedure_id, outcome,"
                + " outcome_detail, language, started_at, ended_at, created_at, channel, catalog_version, arrived_at,"
                + " called_at, citizen_language, doc_blind) VALUES (?, ?, ?, ?, '" + POINT + "', 'DNI', ?, ?, ?, ?,"
                + " '0000', ?, ?, ?, 'es', ?, ?, ?, ?, '2026.1', ?, ?, ?, ?)");
        visit = c.prepareStatement("INSERT INTO visit (id, point_id, advisor_id, turn, arrived_at, called_at,"
                + " ended_at, citizen_language, attentions, orientations, orientation_only, created_at)"
                + " VALUES (?, '" + POINT + "', ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)");
        outbox = c.prepareStatement("INSERT INTO outbox (kind, record_id, change, state, created_at, updated_at,"
                + " schema_version) VALUES (?, ?, 'created', ?, ?, ?, ?)");
        orientation = c.prepareStatement("INSERT INTO orientation (id, visit_id, point_id, advisor_id, type, topic,"
                + " entity_id, citizen_language, recorded_at) VALUES (?, ?, '" + POINT + "', ?, ?, ?, ?, ?, ?)");
        survey = c.prepareStatement("INSERT INTO survey (id, point_id, day, language, treatment, information, time,"
                + " outcome, accessibility, trust, compliment) VALUES (?, '" + POINT + "', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        suggestion = c.prepareStatement("INSERT INTO suggestion (id, type, point_id, day, language, text)"
                + " VALUES (?, ?, '" + POINT + "', ?, ?, 'Más sillas en la sala de espera')");
        complaint = c.prepareStatement("INSERT INTO complaint (id, point_id, seq, year, filed_at, advisor_id,"
                + " visit_id, doc_type, doc_number, names, address, phone, email, reply_via, minor, guardian_names,"
                + " guardian_document, facts, request, action, language, confirmation, due_date, answered_on)"
                + " VALUES (?, '" + POINT + "', ?, ?, ?, ?, ?, 'DNI', '', '', '', '', '', 'address', 0, '', '',"
                + " 'La espera fue larga', 'Más personal', '', ?, 'printed', ?, ?)");
        incident = c.prepareStatement("INSERT INTO incident (id, type, severity, serious, occurred_at, what, done,"
                + " advisor_id, point_id, recorded_at, closed_at) VALUES (?, ?, ?, ?, ?, 'Se cortó la luz',"
                + " 'Se atendió con el respaldo', 'ADV-DEMO-1', '" + POINT + "', ?, ?)");
        followUp = c.prepareStatement("INSERT INTO follow_up (attention_id, reason, opened_at, due_date, state,"
                + " answer, closed_at) VALUES (?, 'PENDIENTE', ?, ?, ?, ?, ?)");
    }

    private void execute() throws SQLException {
        for (PreparedStatement ps : statements()) {
            ps.executeBatch();
        }
    }

    private void close() throws SQLException {
        for (PreparedStatement ps : statements()) {
            ps.close();
        }
    }

    private PreparedStatement[] statements() {
        return new PreparedStatement[] {attention, visit, outbox, orientation, survey, suggestion, complaint,
            incident, followUp};
    }
}
