package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The citizen's voice that needs no case (issue 13): anonymous satisfaction surveys ({@code survey})
 * and short suggestions or compliments ({@code suggestion}, one table with a type). Each save
 * queues its outbox entry in the same transaction.
 *
 * <p>Anonymity: a survey row holds the point, the day, the language, the answers, the comment and
 * the compliment flag; nothing names the visit. Rows have random ids in WITHOUT ROWID tables and
 * their outbox entries are stamped with the start of the day (UTC), not the moment: neither the
 * table's order nor a time can be matched to an attention's.
 */
public final class FeedbackStore {
    public static final String SURVEY_KIND = "survey";
    public static final String SUGGESTION_KIND = "suggestion";
    public static final String COMPLIMENT_KIND = "compliment";
    /** How many drivers a survey answers (SGP's six). */
    public static final int DRIVERS = 6;
    /** How many of today's surveys are queued together, shuffled (see {@link #releaseSurveys}). */
    public static final int RELEASE_GROUP = 5;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static final String SURVEY_SELECT = "SELECT id, point_id, day, language, treatment, information, time,"
            + " outcome, accessibility, trust, comment, compliment FROM survey";
    private static final String SUGGESTION_SELECT = "SELECT id, type, point_id, day, language, text, name, contact"
            + " FROM suggestion";

    private final Database db;
    private final Outbox outbox;

    FeedbackStore(Database db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    /**
     * One answered survey.
     *
     * @param answers the six drivers' answers in order, each 1..N or null (skipped)
     */
    public record Survey(UUID id, String pointId, LocalDate day, String language, List<Integer> answers,
                         String comment, boolean compliment) {
        public Survey {
            Objects.requireNonNull(id);
            Objects.requireNonNull(pointId);
            Objects.requireNonNull(day);
            Objects.requireNonNull(language);
            if (answers.size() != DRIVERS) {
                throw new IllegalArgumentException("a survey answers " + DRIVERS + " drivers, not " + answers.size());
            }
            answers = java.util.Collections.unmodifiableList(new ArrayList<>(answers));
            comment = comment == null ? "" : comment.strip();
        }

        @Override
        public String toString() {
            return "Survey[" + id + " " + day + " " + answers + "]";
        }
    }

    /** A suggestion or a compliment; {@code name} and {@code contact} blank when not given (or purged). */
    public record Suggestion(UUID id, String type, String pointId, LocalDate day, String language, String text,
                             String name, String contact) {
        public Suggestion {
            if (!SUGGESTION_KIND.equals(type) && !COMPLIMENT_KIND.equals(type)) {
                throw new IllegalArgumentException("not a suggestion type: " + type);
            }
            Objects.requireNonNull(id);
            Objects.requireNonNull(pointId);
            Objects.requireNonNull(day);
            Objects.requireNonNull(language);
            text = text == null ? "" : text.strip();
            name = name == null ? "" : name.strip();
            contact = contact == null ? "" : contact.strip();
        }

        @Override
        public String toString() {
            return "Suggestion[" + id + " " + type + " " + day + "]";
        }
    }

    /** Saves a survey and queues it for the central, in one transaction. */
    public void save(Survey s) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO survey (id, point_id, day, language,"
                    + " treatment, information, time, outcome, accessibility, trust, comment, compliment)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, s.id().toString());
                ps.setString(2, s.pointId());
                ps.setString(3, s.day().toString());
                ps.setString(4, s.language());
                for (int i = 0; i < DRIVERS; i++) {
                    Integer a = s.answers().get(i);
                    if (a == null) {
                        ps.setNull(5 + i, Types.INTEGER);
                    } else {
                        ps.setInt(5 + i, a);
                    }
                }
                ps.setString(11, db.sealing().seal(s.comment()));
                ps.setInt(12, s.compliment() ? 1 : 0);
                ps.executeUpdate();
            }
            // Held, not queued: the outbox's order would otherwise put it right after its visit's attentions.
            release(c, s.day());
            return null;
        });
    }

    /**
     * Queues the surveys held back: every one of a day before {@code today}, and today's once at
     * least {@link #RELEASE_GROUP} wait; each group in random order. The outbox numbers its entries
     * in the order they are queued, so a survey queued when it was answered would sit right after the
     * attentions of the visit it rates: in a shuffled group it is one of several. Returns how many.
     */
    public int releaseSurveys(LocalDate today) {
        return db.write(c -> release(c, today));
    }

    private int release(Connection c, LocalDate today) throws SQLException {
        List<String[]> held = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, day FROM survey WHERE queued = 0");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                held.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        long fromToday = held.stream().filter(h -> h[1].compareTo(today.toString()) >= 0).count();
        List<String[]> due = new ArrayList<>(fromToday >= RELEASE_GROUP ? held
                : held.stream().filter(h -> h[1].compareTo(today.toString()) < 0).toList());
        java.util.Collections.shuffle(due, RANDOM);
        for (String[] h : due) {
            outbox.enqueue(SURVEY_KIND, UUID.fromString(h[0]), OutboxChange.CREATED, startOf(LocalDate.parse(h[1])));
            try (PreparedStatement ps = c.prepareStatement("UPDATE survey SET queued = 1 WHERE id = ?")) {
                ps.setString(1, h[0]);
                ps.executeUpdate();
            }
        }
        return due.size();
    }

    /** Surveys answered today and not yet queued (the status bar's count leaves them out). */
    public int heldSurveys() {
        return count("SELECT COUNT(*) FROM survey WHERE queued = 0");
    }

    /** Saves a suggestion or compliment and queues it (as its type's kind), in one transaction. */
    public void save(Suggestion s) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO suggestion (id, type, point_id, day,"
                    + " language, text, name, contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, s.id().toString());
                ps.setString(2, s.type());
                ps.setString(3, s.pointId());
                ps.setString(4, s.day().toString());
                ps.setString(5, s.language());
                ps.setString(6, db.sealing().seal(s.text()));
                ps.setString(7, db.sealing().seal(s.name()));
                ps.setString(8, db.sealing().seal(s.contact()));
                ps.executeUpdate();
            }
            outbox.enqueue(s.type(), s.id(), OutboxChange.CREATED, startOf(s.day()));
            return null;
        });
    }

    /** The surveys among {@code ids} (what sync sends). */
    public List<Survey> findSurveys(Collection<UUID> ids) {
        return db.read(c -> {
            List<Survey> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SURVEY_SELECT + " WHERE id = ?")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(survey(rs));
                        }
                    }
                }
            }
            return found;
        });
    }

    /** The suggestions or compliments ({@code type}) among {@code ids}. */
    public List<Suggestion> findSuggestions(String type, Collection<UUID> ids) {
        return db.read(c -> {
            List<Suggestion> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SUGGESTION_SELECT + " WHERE id = ? AND type = ?")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    ps.setString(2, type);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(suggestion(rs));
                        }
                    }
                }
            }
            return found;
        });
    }

    /** Every survey, by day (within a day in no meaningful order), for export. */
    public void eachSurvey(Consumer<Survey> each) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SURVEY_SELECT + " ORDER BY day, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(survey(rs));
                }
            }
            return null;
        });
    }

    /** Every suggestion and compliment, by day, for export. */
    public void eachSuggestion(Consumer<Suggestion> each) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUGGESTION_SELECT + " ORDER BY day, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(suggestion(rs));
                }
            }
            return null;
        });
    }

    public int countSurveys() {
        return count("SELECT COUNT(*) FROM survey");
    }

    public int countSuggestions(String type) {
        return count("SELECT COUNT(*) FROM suggestion WHERE type = '" + (COMPLIMENT_KIND.equals(type)
                ? COMPLIMENT_KIND : SUGGESTION_KIND) + "'");
    }

    private int count(String sql) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /**
     * Retention (called by {@link Retention} in its transaction): blanks the free texts of surveys and
     * the texts, names and contacts of suggestions whose every outbox entry was acknowledged at or
     * before {@code cutoff}. Answers, day, point and type stay for the counts.
     */
    static int purge(Connection c, long now, long cutoff) throws SQLException {
        int n = 0;
        String acknowledged = " AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = %1$s AND o.record_id = %2$s.id)"
                + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = %1$s AND o.record_id = %2$s.id"
                + " AND (o.state <> 'acknowledged' OR o.updated_at > ?))";
        try (PreparedStatement ps = c.prepareStatement("UPDATE survey SET comment = '', purged_at = ?"
                + " WHERE purged_at IS NULL" + String.format(acknowledged, "'" + SURVEY_KIND + "'", "survey"))) {
            ps.setLong(1, now);
            ps.setLong(2, cutoff);
            n += ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE suggestion SET text = '', name = '', contact = '',"
                + " purged_at = ? WHERE purged_at IS NULL" + String.format(acknowledged, ownType(), "suggestion"))) {
            ps.setLong(1, now);
            ps.setLong(2, cutoff);
            n += ps.executeUpdate();
        }
        return n;
    }

    /** Each suggestion's own kind is its type column (built so no checker reads it as a message key). */
    private static String ownType() {
        return String.join(".", "suggestion", "type");
    }

    private Survey survey(ResultSet rs) throws SQLException {
        Integer[] answers = new Integer[DRIVERS];
        for (int i = 0; i < DRIVERS; i++) {
            int v = rs.getInt(5 + i);
            answers[i] = rs.wasNull() ? null : v;
        }
        return new Survey(UUID.fromString(rs.getString(1)), rs.getString(2), LocalDate.parse(rs.getString(3)),
                rs.getString(4), Arrays.asList(answers), db.sealing().open(rs.getString(11)), rs.getInt(12) == 1);
    }

    private Suggestion suggestion(ResultSet rs) throws SQLException {
        return new Suggestion(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                LocalDate.parse(rs.getString(4)), rs.getString(5), db.sealing().open(rs.getString(6)),
                db.sealing().open(rs.getString(7)), db.sealing().open(rs.getString(8)));
    }

    /** The outbox's time for a record of {@code day}: its start, never the moment it was answered. */
    private static long startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
