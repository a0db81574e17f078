package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Issue 14: what the reports read, as plain rows over a period, and nothing personal. Reports
 * aggregate in one pass over these rows (a year is ~500,000 attentions at a busy counter): one
 * indexed range scan per table instead of one GROUP BY per figure.
 *
 * <p>Periods are half-open: {@code [from, to)} for instants, {@code [fromDay, toDay)} for the
 * tables that keep only a day (surveys and suggestions are stamped by day for anonymity).
 */
public final class ReportStore {
    private final Database db;

    ReportStore(Database db) {
        this.db = db;
    }

    /**
     * One attention as the reports see it: no name, no document, no free text. Times in epoch
     * milliseconds; {@code arrivedAt}/{@code calledAt} are 0 when the visit had no arrival turn.
     * {@code spokenLanguage} is the citizen's language when recorded, else the advisor's.
     */
    public record AttentionRow(String id, String code, String visitId, String advisorId, String pointId,
                               String docType, String procedureId, String channel, String outcome,
                               String verification, String spokenLanguage, long startedAt, long endedAt,
                               long arrivedAt, long calledAt, String catalogVersion) {
    }

    /** An orientation or an unmet request (issue 13); {@code type} is {@code orientation} or {@code unmet}. */
    public record OrientationRow(String id, String visitId, String type, String entityId, String language,
                                 long recordedAt) {
    }

    /** A visit that held only orientations (no attention row carries its waiting time). */
    public record VisitRow(String id, long arrivedAt, long calledAt) {
    }

    /** One survey's six answers (each 1..scale, or null when skipped), its day and language. */
    public record SurveyRow(LocalDate day, String language, List<Integer> answers, boolean compliment) {
    }

    /** A complaint's dates, no personal field: {@code dueDate} is the legal deadline. */
    public record ComplaintRow(long filedAt, LocalDate dueDate, LocalDate answeredOn, String language) {
    }

    /** An incident's type, severity and times. */
    public record IncidentRow(String type, String severity, boolean serious, long occurredAt, boolean notified,
                              boolean closed) {
    }

    /** A case (follow-up) with its dates: open ones have {@code closedAt} 0. */
    public record CaseRow(long openedAt, LocalDate dueDate, long closedAt, String answer) {
    }

    /**
     * Issue 14 (export): an attention with the citizen's document and names, for the base de datos
     * a supervisor exports with personal data (audited by the caller). Purged attentions have
     * blank document number and names.
     */
    public record PersonalAttentionRow(AttentionRow row, String docNumber, String names) {
        @Override
        public String toString() {
            return "PersonalAttentionRow[" + row.id() + "]"; // never the document or the names
        }
    }

    private static final String ATTENTION_COLUMNS = "id, code, visit_id, advisor_id, point_id, doc_type,"
            + " procedure_id, channel, outcome, verification, coalesce(citizen_language, language),"
            + " started_at, ended_at, coalesce(arrived_at, 0), coalesce(called_at, 0), catalog_version";

    /** Every attention started in {@code [from, to)}, oldest first, to {@code each}. */
    public void attentions(Instant from, Instant to, Consumer<AttentionRow> each) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ATTENTION_COLUMNS
                    + " FROM attention WHERE started_at >= ? AND started_at < ? ORDER BY started_at")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(attention(rs));
                    }
                }
            }
            return null;
        });
    }

    /**
     * What the report's figures need of one attention, nothing personal. The read below hands the
     * SAME instance for every attention with the same values (a period holds a few hundred distinct
     * ones), so a caller may count by identity.
     */
    public record AttentionFacets(String procedureId, String channel, String outcome, String verification,
                                  String spokenLanguage) {
    }

    /** One attention's facets, visit and times (epoch ms; {@code arrivedAt}/{@code calledAt} 0 without an arrival turn). */
    @FunctionalInterface
    public interface AttentionFigures {
        void accept(AttentionFacets facets, String visitId, long startedAt, long endedAt, long arrivedAt,
                    long calledAt);
    }

    /**
     * Issue 14 (speed at scale): every attention started in {@code [from, to)}, oldest first, with only
     * what the report's figures need. Read from the covering index {@code attention_report} alone (the
     * table's rows, with their sealed personal fields, are not read), and with six values crossing from
     * SQLite per row instead of sixteen: the facets travel as one text and are split only the first
     * time a combination is seen. A year at a busy point (~500,000 attentions) reads in a few hundred ms
     * where {@link #attentions} takes seconds.
     */
    public void attentionFigures(Instant from, Instant to, AttentionFigures each) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT procedure_id || char(31) || channel || char(31)"
                    + " || outcome || char(31) || verification || char(31) || coalesce(citizen_language, language),"
                    + " visit_id, started_at, ended_at, coalesce(arrived_at, 0), coalesce(called_at, 0),"
                    + " procedure_id, channel, outcome, verification, coalesce(citizen_language, language)"
                    + " FROM attention WHERE started_at >= ? AND started_at < ? ORDER BY started_at")) {
                range(ps, from, to);
                java.util.Map<String, AttentionFacets> seen = new java.util.HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(1);
                        AttentionFacets facets = seen.get(key);
                        if (facets == null) { // the separate columns only the first time: no splitting of values
                            facets = new AttentionFacets(rs.getString(7), rs.getString(8), rs.getString(9),
                                    rs.getString(10), rs.getString(11));
                            seen.put(key, facets);
                        }
                        each.accept(facets, rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                                rs.getLong(6));
                    }
                }
            }
            return null;
        });
    }


    /**
     * Issue 14 (export): every attention started in {@code [from, to)}, oldest first, with the
     * citizen's document number and names opened (blank once purged). Only for a supervisor's
     * explicit export with personal data; the caller checks the PIN and writes the audit row.
     */
    public void attentionsWithPersonalData(Instant from, Instant to, Consumer<PersonalAttentionRow> each) {
        Sealing sealing = db.sealing();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ATTENTION_COLUMNS
                    + ", doc_number, citizen_names, purged_at IS NOT NULL"
                    + " FROM attention WHERE started_at >= ? AND started_at < ? ORDER BY started_at")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean purged = rs.getInt(19) == 1;
                        each.accept(new PersonalAttentionRow(attention(rs),
                                purged ? "" : opened(sealing, rs.getString(17)),
                                purged ? "" : opened(sealing, rs.getString(18))));
                    }
                }
            }
            return null;
        });
    }

    private static String opened(Sealing sealing, String stored) {
        return stored == null || stored.isEmpty() ? "" : sealing.open(stored);
    }

    private static AttentionRow attention(ResultSet rs) throws SQLException {
        return new AttentionRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getLong(12), rs.getLong(13),
                rs.getLong(14), rs.getLong(15), rs.getString(16));
    }

    /** Orientations and unmet requests recorded in {@code [from, to)}. */
    public List<OrientationRow> orientations(Instant from, Instant to) {
        return rowsIn("SELECT id, visit_id, type, entity_id, citizen_language, recorded_at FROM orientation"
                + " WHERE recorded_at >= ? AND recorded_at < ? ORDER BY recorded_at", from, to,
                rs -> new OrientationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)));
    }

    /** Visits that arrived in {@code [from, to)} and held only orientations. */
    public List<VisitRow> orientationOnlyVisits(Instant from, Instant to) {
        return rowsIn("SELECT id, arrived_at, called_at FROM visit"
                + " WHERE orientation_only = 1 AND arrived_at >= ? AND arrived_at < ?", from, to,
                rs -> new VisitRow(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Surveys answered on a day in {@code [fromDay, toDay)}. */
    public List<SurveyRow> surveys(LocalDate fromDay, LocalDate toDay) {
        return db.read(c -> {
            List<SurveyRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT day, language, treatment, information, time, outcome,"
                    + " accessibility, trust, compliment FROM survey WHERE day >= ? AND day < ? ORDER BY day")) {
                ps.setString(1, fromDay.toString());
                ps.setString(2, toDay.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<Integer> answers = new ArrayList<>(6);
                        for (int i = 3; i <= 8; i++) {
                            int v = rs.getInt(i);
                            answers.add(rs.wasNull() ? null : v);
                        }
                        rows.add(new SurveyRow(LocalDate.parse(rs.getString(1)), rs.getString(2),
                                java.util.Collections.unmodifiableList(answers), rs.getInt(9) == 1));
                    }
                }
            }
            return rows;
        });
    }

    /** Suggestions ({@code suggestion}) and compliments ({@code compliment}) left on a day in {@code [fromDay, toDay)}, by type. */
    public java.util.Map<String, Integer> suggestions(LocalDate fromDay, LocalDate toDay) {
        return db.read(c -> {
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT type, count(*) FROM suggestion WHERE day >= ? AND day < ? GROUP BY type")) {
                ps.setString(1, fromDay.toString());
                ps.setString(2, toDay.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    /** Complaints filed in {@code [from, to)}. */
    public List<ComplaintRow> complaints(Instant from, Instant to) {
        return rowsIn("SELECT filed_at, due_date, answered_on, language"
                + " FROM complaint WHERE filed_at >= ? AND filed_at < ? ORDER BY filed_at", from, to,
                rs -> new ComplaintRow(rs.getLong(1), day(rs.getString(2)), day(rs.getString(3)), rs.getString(4)));
    }

    /** Incidents that occurred in {@code [from, to)}. */
    public List<IncidentRow> incidents(Instant from, Instant to) {
        return rowsIn("SELECT type, severity, serious, occurred_at, notified_at IS NOT NULL, closed_at IS NOT NULL"
                + " FROM incident WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at", from, to,
                rs -> new IncidentRow(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getLong(4),
                        rs.getInt(5) == 1, rs.getInt(6) == 1));
    }

    /** Cases opened before {@code to} and not closed before {@code from}: those alive at some moment of the period. */
    public List<CaseRow> cases(Instant from, Instant to) {
        return db.read(c -> {
            List<CaseRow> rows = new ArrayList<>();
            // Issue 14 (speed at scale): the open ones, then those closed since the period began, each through
            // an index of closed_at, instead of every case ever opened before the period's end.
            try (PreparedStatement ps = c.prepareStatement("SELECT opened_at, due_date, 0, answer FROM follow_up"
                    + " WHERE closed_at IS NULL AND opened_at < ?"
                    + " UNION ALL SELECT opened_at, due_date, closed_at, answer FROM follow_up"
                    + " WHERE closed_at >= ? AND opened_at < ?")) {
                ps.setLong(1, to.toEpochMilli());
                ps.setLong(2, from.toEpochMilli());
                ps.setLong(3, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new CaseRow(rs.getLong(1), day(rs.getString(2)), rs.getLong(3), rs.getString(4)));
                    }
                }
            }
            return rows;
        });
    }

    /**
     * The moments the central acknowledged something (records sent), one per day at most, in
     * {@code [from, to)}: the days a sync went through. Empty when nothing was ever acknowledged.
     *
     * <p>Issue 14 (speed at scale): one index seek per day a sync went through (the first
     * acknowledgement at or after the cursor, then the cursor jumps to the next day), not a scan of
     * every acknowledged row of the period (~500,000 a year at a busy point).
     */
    public List<LocalDate> syncDays(Instant from, Instant to, java.time.ZoneId zone) {
        return db.read(c -> {
            List<LocalDate> days = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT min(updated_at) FROM outbox"
                    + " WHERE state = 'acknowledged' AND updated_at >= ? AND updated_at < ?")) {
                long cursor = from.toEpochMilli();
                long end = to.toEpochMilli();
                while (cursor < end) {
                    ps.setLong(1, cursor);
                    ps.setLong(2, end);
                    long at = -1;
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            long value = rs.getLong(1);
                            at = rs.wasNull() ? -1 : value;
                        }
                    }
                    if (at < 0) {
                        break; // none left in the period
                    }
                    LocalDate day = Instant.ofEpochMilli(at).atZone(zone).toLocalDate();
                    days.add(day);
                    cursor = Math.max(at + 1, day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
                }
            }
            return days;
        });
    }

    /** Whether the central ever acknowledged a record of this workstation (it synced at least once). */
    public boolean everSynced() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'acknowledged')");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        });
    }

    /** One row of a result as a value. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The rows of {@code sql}, whose two parameters are the period's {@code [from, to)} in epoch ms. */
    private <T> List<T> rowsIn(String sql, Instant from, Instant to, Row<T> row) {
        return db.read(c -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                range(ps, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row.read(rs));
                    }
                }
            }
            return rows;
        });
    }

    private static void range(PreparedStatement ps, Instant from, Instant to) throws SQLException {
        ps.setLong(1, from.toEpochMilli());
        ps.setLong(2, to.toEpochMilli());
    }

    private static LocalDate day(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }
}
