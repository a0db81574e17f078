package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.OutcomeType;

/**
 * The history's questions: which attentions match a document number, a code or a citizen's names,
 * within a time range, with an outcome and a send state; newest first and capped, saying whether
 * more matched. Read-only; the counter's tables and indexes as they are, no migration: a code
 * through its unique index, a document number through its blind index {@code attention_doc_blind}
 * (issue 15: numbers are sealed), anything else along {@code attention_report} (started_at first), newest
 * first; names are sealed too, so a names search opens them row by row in its window.
 *
 * <p>Searches share the workstation's one connection with the counter's saves: a broad search
 * (names, filters only) reads one {@link #WINDOW} at a time, each window its own read, so a save
 * waits behind one window, not behind years (AttentionSearchBenchmark prints both).
 */
public final class AttentionSearch {
    /** The most rows one search returns, whatever the caller asks. */
    public static final int MAX_LIMIT = 1000;
    /** How far apart the attentions of one visit may start (a visit is one sitting at the counter). */
    static final Duration VISIT_SPAN = Duration.ofDays(1);
    /** The time one read of a broad search covers (a week: about 2,000 attentions at a busy point, ~15 ms). */
    static final Duration WINDOW = Duration.ofDays(7);

    private static final String FOLD_FUNCTION = "desk_names_have";
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9A-Z]{5,15}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /**
     * Where an attention stands with the central, derived from its outbox entries as the sync
     * service does: any quarantined → rejected; else any in flight → sending; else any pending →
     * pending; else received.
     */
    public enum SendState { PENDING, SENDING, RECEIVED, REJECTED }

    /**
     * What to look for; every part optional (null or empty: no condition).
     *
     * @param text a document number, a code as typed ("k7q3 9pxa") or words of the citizen's names
     *     (any order, case and accents ignored); an attention matches when any reading matches
     * @param from first instant included; {@code to} first instant excluded
     * @param limit at most this many rows (capped at {@link #MAX_LIMIT})
     */
    public record Criteria(String text, Instant from, Instant to, Set<OutcomeType> outcomes, SendState send,
                           int limit) {
        public Criteria {
            text = text == null ? "" : text.strip();
            outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
            if (limit <= 0) {
                throw new IllegalArgumentException("limit must be positive");
            }
            limit = Math.min(limit, MAX_LIMIT);
        }
    }

    /** The attentions found, newest first; {@code more} when others matched beyond the limit. */
    public record Page(List<Attention> attentions, boolean more) {
        public Page {
            attentions = List.copyOf(attentions);
        }
    }

    /**
     * Connections the names function is registered on, whichever search registered it: SQLite
     * refuses to define it again while statements are open.
     */
    private static final Set<Connection> FOLDING = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    private final Database db;

    public AttentionSearch(Store store) {
        this.db = store.database();
    }

    public Page find(Criteria criteria) {
        Objects.requireNonNull(criteria);
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        if (!criteria.outcomes().isEmpty()) {
            where.append(" AND outcome IN (");
            String sep = "";
            for (OutcomeType o : criteria.outcomes()) {
                where.append(sep).append('?');
                args.add(o.name());
                sep = ", ";
            }
            where.append(')');
        }
        if (criteria.send() != null) {
            where.append(" AND ").append(sendCondition(criteria.send(), args));
        }
        Text text = appendText(criteria.text(), where, args, db.sealing());
        if (text.indexed()) {
            // A code or a document number: a few rows through their indexes, whatever the dates.
            List<Attention> found = read(where.toString(), args, text.names(), criteria.from(), criteria.to(),
                    criteria.limit() + 1);
            return page(found, criteria.limit());
        }
        // Anything else walks the time index: one window at a time, newest first, each its own read,
        // so a counter's save waits for one window at most, never for a scan of years.
        Instant[] span = span(criteria.from(), criteria.to());
        List<Attention> found = new ArrayList<>();
        if (span == null) {
            return page(found, criteria.limit());
        }
        Instant end = span[1];
        while (end.isAfter(span[0]) && found.size() <= criteria.limit()) {
            Instant start = end.minus(WINDOW).isBefore(span[0]) ? span[0] : end.minus(WINDOW);
            found.addAll(read(where.toString(), args, text.names(), start, end, criteria.limit() + 1 - found.size()));
            end = start;
        }
        return page(found, criteria.limit());
    }

    private static Page page(List<Attention> found, int limit) {
        boolean more = found.size() > limit;
        return new Page(more ? found.subList(0, limit) : found, more);
    }

    /** The rows of {@code where} started in {@code [from, to)} (either end may be open), newest first. */
    private List<Attention> read(String where, List<Object> args, boolean names, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder(AttentionStore.SELECT).append(" WHERE 1 = 1");
        List<Object> all = new ArrayList<>();
        if (from != null) {
            sql.append(" AND started_at >= ?");
            all.add(from.toEpochMilli());
        }
        if (to != null) {
            sql.append(" AND started_at < ?");
            all.add(to.toEpochMilli());
        }
        sql.append(where).append(" ORDER BY started_at DESC, rowid DESC LIMIT ?");
        all.addAll(args);
        all.add(limit);
        return db.read(c -> {
            if (names && !FOLDING.contains(c)) {
                registerFold(c, db.sealing());
                FOLDING.add(c);
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, all);
                return AttentionStore.readAll(ps, db.sealing());
            }
        });
    }

    /** The range to walk: open ends closed on the oldest and newest attention (index ends); null when there are none. */
    private Instant[] span(Instant from, Instant to) {
        if (from != null && to != null) {
            return new Instant[] {from, to};
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT min(started_at), max(started_at) FROM attention");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    return null;
                }
                return new Instant[] {from != null ? from : Instant.ofEpochMilli(rs.getLong(1)),
                        to != null ? to : Instant.ofEpochMilli(rs.getLong(2) + 1)};
            }
        });
    }

    /**
     * The attentions of {@code a}'s visit, {@code a} included, in the order they were served. Looks
     * only a day either side of it: the visit column has no index (migration v5 dropped it to keep
     * saves fast), the time range has one.
     */
    public List<Attention> visitOf(Attention a) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(AttentionStore.SELECT
                    + " WHERE started_at >= ? AND started_at <= ? AND visit_id = ? ORDER BY started_at, rowid")) {
                ps.setLong(1, a.startedAt().minus(VISIT_SPAN).toEpochMilli());
                ps.setLong(2, a.startedAt().plus(VISIT_SPAN).toEpochMilli());
                ps.setString(3, a.visitId().toString());
                return AttentionStore.readAll(ps, db.sealing());
            }
        });
    }

    /**
     * The condition on the attention's outbox entries, read as the sync service reads them; adds its
     * parameters to {@code args}. Rejected, sending and pending are few: their ids come from the
     * outbox's state index; "received" is most rows: each is checked through the outbox_record index.
     */
    private static String sendCondition(SendState state, List<Object> args) {
        List<String> parts = new ArrayList<>();
        switch (state) {
            case REJECTED -> parts.add(ids("'quarantined'"));
            case SENDING -> {
                parts.add(ids("'sending'"));
                parts.add(none("'quarantined'"));
            }
            case PENDING -> {
                parts.add(ids("'pending'"));
                parts.add(none("'quarantined', 'sending'"));
            }
            case RECEIVED -> parts.add(none("'quarantined', 'sending', 'pending'"));
        }
        parts.forEach(p -> args.add(AttentionStore.OUTBOX_KIND));
        return "(" + String.join(" AND ", parts) + ")";
    }

    private static String ids(String state) {
        return "id IN (SELECT o.record_id FROM outbox o WHERE o.state = " + state + " AND o.kind = ?)";
    }

    private static String none(String states) {
        return "NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND o.record_id = attention.id"
                + " AND o.state IN (" + states + "))";
    }

    /**
     * What the text asks: {@code indexed} when every reading is a code or a document number (index
     * look-ups), {@code names} when the names function is needed.
     */
    private record Text(boolean indexed, boolean names) {
    }

    /** Adds the text's readings (code, document number, names). */
    private static Text appendText(String text, StringBuilder where, List<Object> args, Sealing sealing) {
        if (text.isEmpty()) {
            return new Text(false, false);
        }
        List<String> readings = new ArrayList<>();
        Optional<String> code = AttentionCode.normalize(text);
        if (code.isPresent()) {
            readings.add("code = ?");
            args.add(code.get());
        }
        String number = text.toUpperCase(Locale.ROOT).replaceAll("[\\s.-]", "");
        if (DOCUMENT_NUMBER.matcher(number).matches()) {
            // Issue 15: the number is sealed; its blind index (attention_doc_blind) finds it, whatever the type.
            readings.add("doc_blind = ?");
            args.add(sealing.blind(number));
        }
        String words = fold(text);
        // Names have no digits: a number or a code is looked up through its index only.
        boolean names = words.chars().anyMatch(Character::isLetter) && words.chars().noneMatch(Character::isDigit);
        if (names) {
            // Issue 15: the names are sealed, so no LIKE can narrow the rows in SQL: the Java function opens
            // each row's names and compares them, within the one window this read covers.
            readings.add(FOLD_FUNCTION + "(citizen_names, ?)");
            args.add(words);
        }
        if (readings.isEmpty()) {
            // Nothing it could be (e.g. "12-"): it matches nothing rather than everything.
            where.append(" AND 0");
            return new Text(true, false);
        }
        where.append(" AND (").append(String.join(" OR ", readings)).append(')');
        return new Text(!names, names);
    }

    /** Lower case, accents and other marks removed, words separated by one space ("Ñusta  Chóque" → "nusta choque"). */
    static String fold(String s) {
        String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** True when every word of {@code folded} (already {@link #fold folded}) is within {@code names}. */
    static boolean namesHave(String names, String folded) {
        if (names == null || names.isBlank()) {
            return false;
        }
        String haystack = fold(names);
        return Arrays.stream(folded.split(" ")).allMatch(haystack::contains);
    }

    /**
     * SQLite knows no accents: the names test runs in Java, called by SQLite for the rows left.
     * Registered once per connection (inside {@link Database#read}, which holds the connection's lock).
     */
    private static void registerFold(Connection c, Sealing sealing) throws SQLException {
        org.sqlite.Function.create(c, FOLD_FUNCTION, new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(namesHave(sealing.open(value_text(0)), value_text(1)) ? 1 : 0);
            }
        }, 2, org.sqlite.Function.FLAG_DETERMINISTIC);
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) v);
            }
        }
    }
}
