package pe.macexpress.desk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Data minimisation: once the centre has acknowledged every change of an attention and
 * {@code period} has passed since the last acknowledgement, the attention's personal fields
 * (document number and check, names, outcome detail) are blanked here. Procedure, times, outcome
 * type and verification state stay, so counts and reports still add up.
 *
 * <p>An attention whose case is still open is kept whole (the advisor may have to call the citizen
 * back); once the case is closed and its closure acknowledged, the attention is purged by the same
 * rule and the case's free texts (what was awaited, the entity's note, the closing reason) with it.
 *
 * <p>Captures follow the same rule: once the capture record was acknowledged {@code period} ago and
 * every one of its documents reached the central whole, its answers are blanked and its document
 * files deleted; the attachment rows stay (field, size, SHA-256) marked purged.
 *
 * <p>Surveys' comments and suggestions' or compliments' texts, names and contacts are blanked by the
 * same rule (acknowledged {@code period} ago); answers, days and types stay ({@link FeedbackStore}).
 * <p>Orientations (issue 13) too: their free-text topic is blanked by the same rule.
 * <p>Complaints (issue 13) too, once answered: see {@link #purgeComplaints}.
 * <p>Incidents (issue 13): their free texts (what happened, what was done) may name people, so
 * they are blanked by the same rule once the incident is closed (or was never serious); type,
 * severity, times and the breach notification's reference stay for the register's counts.
 */
public final class Retention {
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
    /** Stands in for a purged outcome detail: outcomes other than ATENDIDO must keep a non-blank one. */
    public static final String PURGED_DETAIL = "-";

    private final Database db;
    private final Path attachments;
    private final Clock clock;
    private final Duration period;

    public Retention(Store store, Clock clock, Duration period) {
        if (period.isNegative()) {
            throw new IllegalArgumentException("retention period cannot be negative");
        }
        this.db = store.database();
        this.attachments = store.attachmentsFolder();
        this.clock = clock;
        this.period = period;
    }

    /** Purges what is due, in one transaction; returns how many attentions were purged. */
    public int purge() {
        long now = clock.millis();
        long cutoff = now - period.toMillis();
        List<String> files = new ArrayList<>();
        int purged = db.write(c -> {
            // ended_at <= cutoff only narrows the candidates (an acknowledgement comes after the end);
            // the outbox conditions decide.
            int n;
            try (PreparedStatement ps = c.prepareStatement("UPDATE attention SET doc_number = '', doc_check = '', doc_blind = '',"
                    + " citizen_names = '', outcome_detail = CASE WHEN outcome = 'ATENDIDO' THEN '' ELSE '" + PURGED_DETAIL + "' END,"
                    + " purged_at = ?"
                    + " WHERE purged_at IS NULL AND ended_at <= ?"
                    + " AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND o.record_id = attention.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND o.record_id = attention.id"
                    + " AND (o.state <> 'acknowledged' OR o.updated_at > ?))"
                    + " AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.attention_id = attention.id"
                    + " AND (f.state = 'open' OR EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + CaseStore.OUTBOX_KIND + "'"
                    + " AND o.record_id = f.closure_id AND o.state <> 'acknowledged')))")) {
                ps.setLong(1, now);
                ps.setLong(2, cutoff);
                ps.setString(3, AttentionStore.OUTBOX_KIND);
                ps.setString(4, AttentionStore.OUTBOX_KIND);
                ps.setLong(5, cutoff);
                n = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE follow_up SET awaiting = '', result_note = '',"
                    + " answer_reason = '' WHERE attention_id IN (SELECT id FROM attention WHERE purged_at = ?)")) {
                ps.setLong(1, now);
                ps.executeUpdate();
            }
            files.addAll(purgeCaptures(c, now, cutoff));
            // Issue 13: survey comments, suggestions' texts, names and contacts (counts stay).
            FeedbackStore.purge(c, now, cutoff);
            purgeOrientations(c, now, cutoff);
            purgeComplaints(c, now, cutoff);
            // Issue 13 (incidents): their free texts may name people; an open serious one stays whole.
            IncidentStore.purgeTexts(c, now, cutoff);
            return n;
        });
        // After the commit: a crash here leaves files no row needs, never a row without its file too early.
        for (String f : files) {
            try {
                Files.deleteIfExists(attachments.resolve(f));
            } catch (IOException e) {
                // Best effort; the row already says purged and nothing will send the file again.
            }
        }
        return purged;
    }

    /**
     * Issue 13 (timeline): an orientation's topic is the citizen's request in free text; blanked by
     * the same rule once its record was acknowledged {@code period} ago. Type, entity and time stay.
     */
    private static void purgeOrientations(Connection c, long now, long cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE orientation SET topic = '', purged_at = ?"
                + " WHERE purged_at IS NULL AND recorded_at <= ?"
                + " AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + TimelineStore.ORIENTATION_KIND + "'"
                + " AND o.record_id = orientation.id)"
                + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + TimelineStore.ORIENTATION_KIND + "'"
                + " AND o.record_id = orientation.id AND (o.state <> 'acknowledged' OR o.updated_at > ?))")) {
            ps.setLong(1, now);
            ps.setLong(2, cutoff);
            ps.setLong(3, cutoff);
            ps.executeUpdate();
        }
    }

    /**
     * Issue 13 (complaints): an ANSWERED complaint whose every revision the central acknowledged
     * {@code period} ago loses its personal fields and free texts; its number, point, dates, status,
     * language and how it was answered stay (the book's count and plazos still add up). An open
     * complaint is kept whole, however old.
     */
    private static int purgeComplaints(Connection c, long now, long cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE complaint SET doc_number = '', names = '', address = '',"
                + " phone = '', email = '', guardian_names = '', guardian_document = '', facts = '', request = '',"
                + " action = '', answer_summary = '', purged_at = ?"
                + " WHERE purged_at IS NULL AND answered_on IS NOT NULL AND answered_at <= ?"
                + " AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + ComplaintStore.OUTBOX_KIND + "' AND o.record_id = complaint.id)"
                + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + ComplaintStore.OUTBOX_KIND + "'"
                + " AND o.record_id = complaint.id AND (o.state <> 'acknowledged' OR o.updated_at > ?))")) {
            ps.setLong(1, now);
            ps.setLong(2, cutoff);
            ps.setLong(3, cutoff);
            return ps.executeUpdate();
        }
    }

    /** Blanks the due captures' answers and marks their documents purged; returns the files to delete. */
    private static List<String> purgeCaptures(Connection c, long now, long cutoff)
            throws SQLException {
        String due = "SELECT id FROM capture WHERE purged_at IS NULL AND created_at <= ?"
                + " AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + CaptureStore.OUTBOX_KIND + "' AND o.record_id = capture.id)"
                + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + CaptureStore.OUTBOX_KIND + "'"
                + " AND o.record_id = capture.id AND (o.state <> 'acknowledged' OR o.updated_at > ?))"
                + " AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.capture_id = capture.id AND a.state = 'pending')";
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(due)) {
            ps.setLong(1, cutoff);
            ps.setLong(2, cutoff);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        List<String> files = new ArrayList<>();
        for (String id : ids) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE capture SET answers = '{}', purged_at = ? WHERE id = ?")) {
                ps.setLong(1, now);
                ps.setString(2, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT file FROM attachment WHERE capture_id = ? AND state = 'sent'")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        files.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE attachment SET state = 'purged', updated_at = ?"
                    + " WHERE capture_id = ? AND state = 'sent'")) {
                ps.setLong(1, now);
                ps.setString(2, id);
                ps.executeUpdate();
            }
        }
        return files;
    }
}
