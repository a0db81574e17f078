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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.AuditEvent;

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
 *
 * <p>Issue 15 (purge): ONE rule for every table and file that holds personal data, applied by
 * {@link #run}: the database's rows above plus
 * <ul>
 * <li>{@code identity_audit}: the document number is blanked {@code period} after the query (these rows are
 *     never sent, so no acknowledgement applies; who asked, when, the service and the outcome stay, and the
 *     audit chain keeps the subject as a blind index);</li>
 * <li>{@code identity_cache}: entries verified {@code period} or longer ago are deleted (names, photo);</li>
 * <li>{@code identity_flag}: PIDE's names are blanked once the flag was resolved {@code period} ago, and the
 *     row is deleted once its attention is purged; an attention with an OPEN flag is kept whole, like one
 *     with an open case (the supervisor still has to look at it);</li>
 * <li>{@code sync_inbox}: what the central sent and this desk processed or set aside {@code period} ago is
 *     deleted (processed, not acknowledged, is the condition: it came from the central);</li>
 * <li>files: captured documents (also their copy in the backups' mirror), and document files no row
 *     names once a day old ({@link #ORPHAN_AGE}: a crash's leftovers); backups taken {@code period} or
 *     longer ago are deleted and younger ones purged in place by the same rule (a row due now was already
 *     acknowledged when any younger backup was taken, so the same cutoff finds it there), then vacuumed;
 *     when no backup is left a fresh one of the purged database is written; {@code *-aside-*} copies of
 *     the database are treated the same way (a damaged one that cannot be opened waits until it is older
 *     than the period, then it is deleted).</li>
 * </ul>
 * The audit hash chain ({@code audit_chain}) is NOT purged: its subjects are blind indexes (HMAC), its
 * details counts and codes, no personal data in clear; deleting rows would break the chain.
 * After the rows, the database vacuums (incrementally; one full VACUUM the first time) and truncates
 * its WAL, with {@code secure_delete} on, so no purged value stays in a free page or an old WAL frame.
 * Each run appends a {@code purge.run} row to the audit chain with the counts, never names.
 */
public final class Retention {
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
    /** Stands in for a purged outcome detail: outcomes other than ATENDIDO must keep a non-blank one. */
    public static final String PURGED_DETAIL = "-";
    /** The audit actor of the desk's own runs (at start, daily, after a scheduled sync). */
    public static final String SYSTEM_ACTOR = "system";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Store store;
    private final Database db;
    private final Path attachments;
    private final BackupService backups;
    private final Clock clock;
    private final Duration period;

    public Retention(Store store, Clock clock, Duration period) {
        this(store, null, clock, period);
    }

    /** With {@code backups}: also the backups (and the documents' mirror) of that folder; null for none. */
    public Retention(Store store, BackupService backups, Clock clock, Duration period) {
        if (period.isNegative()) {
            throw new IllegalArgumentException("retention period cannot be negative");
        }
        this.store = store;
        this.db = store.database();
        this.attachments = store.attachmentsFolder();
        this.backups = backups;
        this.clock = clock;
        this.period = period;
    }

    /**
     * What one run purged: counts only (they go to the audit chain and the {@code purge} command's
     * output, never a name or a number of a citizen).
     */
    public record Report(int attentions, int captures, int documents, int complaints, int feedback,
                         int orientations, int incidents, int identityAudit, int identityCache, int identityFlags,
                         int inbox, int backupsPurged, int backupsDeleted, int asidePurged, int asideDeleted,
                         boolean fullVacuum) {
        /** The counts as {@code name=n} pairs, in a fixed order, for the audit row's detail. */
        public String detail() {
            return "attentions=" + attentions + " captures=" + captures + " documents=" + documents
                    + " complaints=" + complaints + " feedback=" + feedback + " orientations=" + orientations
                    + " incidents=" + incidents + " identity_audit=" + identityAudit + " identity_cache=" + identityCache
                    + " identity_flags=" + identityFlags + " inbox=" + inbox + " backups_purged=" + backupsPurged
                    + " backups_deleted=" + backupsDeleted + " aside_purged=" + asidePurged
                    + " aside_deleted=" + asideDeleted + " full_vacuum=" + fullVacuum;
        }
    }

    /** The rows one database gave up, and the document files they named. */
    private record Rows(int attentions, int captures, int complaints, int feedback, int orientations, int incidents,
                        int identityAudit, int identityCache, int identityFlags, int inbox, List<String> files) {
        int total() {
            return attentions + captures + complaints + feedback + orientations + incidents + identityAudit
                    + identityCache + identityFlags + inbox;
        }
    }

    /** Purges what is due (see {@link #run}); returns how many attentions were purged. */
    public int purge() {
        return run(SYSTEM_ACTOR).attentions();
    }

    /**
     * Issue 15: one purge, everywhere: the database's rows in one transaction, the documents, a vacuum
     * and a WAL truncation, the backups and aside copies; then one audit row with the counts.
     *
     * @param actor who asked, for the audit chain ({@link #SYSTEM_ACTOR}, or "cli:&lt;os user&gt;")
     */
    public Report run(String actor) {
        long now = clock.millis();
        long cutoff = now - period.toMillis();
        Rows rows = db.write(c -> purgeRows(c, now, cutoff));
        // After the commit: a crash here leaves files no row needs, never a row without its file too early.
        deleteDocuments(rows.files(), true);
        int orphans = deleteOrphanDocuments(now);
        // A vacuum that fails (the one-time full VACUUM needs about the database's size free) does not
        // undo the purge nor skip its audit row: it is reported, and the next run compacts.
        boolean full = false;
        StoreException compactProblem = null;
        try {
            full = db.compactAfterPurge();
        } catch (StoreException e) {
            compactProblem = e;
        }
        int[] backupCounts = purgeBackups(now, cutoff);
        int[] asideCounts = purgeAsideCopies(now, cutoff);
        Report report = new Report(rows.attentions(), rows.captures(), rows.files().size() + orphans, rows.complaints(),
                rows.feedback(), rows.orientations(), rows.incidents(), rows.identityAudit(), rows.identityCache(),
                rows.identityFlags(), rows.inbox(), backupCounts[0], backupCounts[1], asideCounts[0], asideCounts[1],
                full);
        store.audit().append(new AuditEvent(actor, AuditActions.PURGE_RUN, "retention", "", report.detail()
                + (compactProblem == null ? "" : " compact_failed=" + compactProblem.kind())));
        store.settings().put(Setting.RETENTION_LAST_RUN, Instant.ofEpochMilli(now).toString());
        if (compactProblem != null) {
            throw compactProblem;
        }
        // The audit row is the last write: leave the WAL empty again (it carries counts only, but a purge
        // run ends with nothing pending in it).
        db.compactAfterPurge();
        return report;
    }

    /**
     * The daily run: purges unless a run already happened on the clock's current day (in the clock's
     * zone), here or in another process on this data folder (the time is kept in the database).
     *
     * @return the report, or empty when today's run was already done
     */
    public java.util.Optional<Report> runIfDue(String actor) {
        java.time.LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        java.util.Optional<Instant> last = store.settings().instant(Setting.RETENTION_LAST_RUN);
        if (last.isPresent() && !last.get().atZone(clock.getZone()).toLocalDate().isBefore(today)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(run(actor));
    }

    /** Every table's rule, in the caller's transaction, on the desk's database or a copy of it. */
    private static Rows purgeRows(Connection c, long now, long cutoff) throws SQLException {
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
                + " AND o.record_id = f.closure_id AND o.state <> 'acknowledged')))"
                // Issue 15 (purge): an open identity flag keeps its attention whole for the supervisor.
                + " AND NOT EXISTS (SELECT 1 FROM identity_flag g WHERE g.attention_id = attention.id"
                + " AND g.resolved_at IS NULL)")) {
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
        List<String> files = new ArrayList<>();
        int captures = purgeCaptures(c, now, cutoff, files);
        // Issue 13: survey comments, suggestions' texts, names and contacts (counts stay).
        int feedback = FeedbackStore.purge(c, now, cutoff);
        int orientations = purgeOrientations(c, now, cutoff);
        int complaints = purgeComplaints(c, now, cutoff);
        // Issue 13 (incidents): their free texts may name people; an open serious one stays whole.
        int incidents = IncidentStore.purgeTexts(c, now, cutoff);
        // Issue 15 (purge): identity audit, cache, flags and the central's inbox.
        int audit = update(c, "UPDATE identity_audit SET doc_number = '' WHERE doc_number <> '' AND at <= ?", cutoff);
        int cache = update(c, "DELETE FROM identity_cache WHERE verified_at <= ?", cutoff);
        int flags = update(c, "UPDATE identity_flag SET pide_names = '' WHERE pide_names <> ''"
                + " AND resolved_at IS NOT NULL AND resolved_at <= ?", cutoff);
        flags += update(c, "DELETE FROM identity_flag WHERE resolved_at IS NOT NULL AND attention_id IN"
                + " (SELECT id FROM attention WHERE purged_at IS NOT NULL AND purged_at <= ?)", now);
        int inbox = update(c, "DELETE FROM sync_inbox WHERE state IN ('done', 'aside') AND processed_at <= ?", cutoff);
        return new Rows(n, captures, complaints, feedback, orientations, incidents, audit, cache, flags, inbox, files);
    }

    private static int update(Connection c, String sql, long value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, value);
            return ps.executeUpdate();
        }
    }

    /**
     * Deletes purged documents in the backups' mirror of them and, when the desk's own rows said so
     * ({@code desk}), in the data folder too (a copy's rows never decide for the desk's files).
     */
    private void deleteDocuments(List<String> files, boolean desk) {
        List<Path> folders = new ArrayList<>();
        if (desk) {
            folders.add(attachments);
        }
        if (backups != null) {
            folders.add(backups.folder().resolve(BackupService.DOCUMENTS));
        }
        for (String f : files) {
            for (Path folder : folders) {
                try {
                    Files.deleteIfExists(folder.resolve(f));
                } catch (IOException e) {
                    // Best effort; the row already says purged and nothing will send the file again.
                }
            }
        }
    }

    /** A document file no row names is a crash's leftover once it is this old (a file is written just before its row). */
    static final Duration ORPHAN_AGE = Duration.ofDays(1);

    /**
     * Document files that no attachment row still needs (a capture whose transaction never committed,
     * a {@code .tmp} left by a crash, a file a restore brought back for a record the restored database
     * does not have) are personal documents nobody will send or show: deleted once a day old.
     */
    private int deleteOrphanDocuments(long now) {
        if (!Files.isDirectory(attachments)) {
            return 0;
        }
        java.util.Set<String> named = db.read(c -> {
            java.util.Set<String> names = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT file FROM attachment WHERE state <> 'purged'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
        long oldest = now - ORPHAN_AGE.toMillis();
        int deleted = 0;
        try (var files = Files.list(attachments)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f) && !named.contains(f.getFileName().toString())
                        && Files.getLastModifiedTime(f).toMillis() <= oldest && Files.deleteIfExists(f)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            // Tried again at the next run.
        }
        return deleted;
    }

    /**
     * Backups taken at or before the cutoff are deleted; younger ones purged in place by the same rule
     * and vacuumed. When the old ones were the only ones, a fresh backup of the purged database takes
     * their place (the desk is never left without one). Returns {purged, deleted}.
     */
    private int[] purgeBackups(long now, long cutoff) {
        if (backups == null) {
            return new int[] {0, 0};
        }
        int purged = 0;
        int deleted = 0;
        List<Backup> all = backups.list();
        for (Backup b : all) {
            if (b.takenAt().toEpochMilli() <= cutoff) {
                deleteWithCompanions(b.file());
                deleted++;
            } else if (purgeCopy(b.file(), now, cutoff)) {
                purged++;
            }
        }
        if (deleted > 0 && deleted == all.size()) {
            backups.backupIfChanged(store);
        }
        return new int[] {purged, deleted};
    }

    /** {@code desk-aside-<stamp>[-n].db} beside the database: copies kept by a restore or a recovery. */
    private int[] purgeAsideCopies(long now, long cutoff) {
        Path dbFile = db.file().toAbsolutePath();
        String base = dbFile.getFileName().toString().replaceFirst("\\.db$", "");
        Pattern name = Pattern.compile(Pattern.quote(base) + "-aside-(\\d{8}T\\d{6}Z)(-\\d+)?\\.db");
        int purged = 0;
        int deleted = 0;
        try (var files = Files.list(dbFile.getParent())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                Instant stamp;
                try {
                    stamp = STAMP.parse(m.group(1), Instant::from);
                } catch (DateTimeParseException e) {
                    continue;
                }
                if (stamp.toEpochMilli() <= cutoff) {
                    deleteWithCompanions(f);
                    deleted++;
                } else if (purgeCopy(f, now, cutoff)) {
                    purged++;
                }
            }
        } catch (IOException e) {
            // The folder could not be listed now: the next run tries again.
        }
        return new int[] {purged, deleted};
    }

    /**
     * Purges a copy of the database (a backup or an aside copy) in place with the same {@code now} and
     * cutoff, then rewrites it whole (VACUUM, secure_delete) as a single file. A copy that cannot be
     * opened, fails its quick check or comes from a newer version is left as it is (false).
     */
    private boolean purgeCopy(Path file, long now, long cutoff) {
        try (Connection c = SqliteFiles.connect(file)) {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA secure_delete = ON");
                if (!"ok".equals(SqliteFiles.quickCheck(c))) {
                    return false;
                }
                int version = SqliteFiles.userVersion(c);
                if (version > Migrations.latestVersion()) {
                    return false;
                }
                Migrations.apply(c);
                c.setAutoCommit(false);
                Rows rows;
                try {
                    rows = purgeRows(c, now, cutoff);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
                // An aside copy may still be in WAL mode with its -wal beside it: fold it in, then one file.
                st.execute("PRAGMA journal_mode = DELETE");
                // Rewritten only when something changed or free pages may hold older values: seven backups
                // on a USB stick are not copied again every day for nothing.
                if (rows.total() > 0 || SqliteFiles.scalar(c, "PRAGMA freelist_count") > 0) {
                    st.execute("VACUUM");
                }
                deleteDocuments(rows.files(), false);
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static void deleteWithCompanions(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                // Retried at the next run.
            }
        }
    }

    /**
     * Issue 13 (timeline): an orientation's topic is the citizen's request in free text; blanked by
     * the same rule once its record was acknowledged {@code period} ago. Type, entity and time stay.
     */
    private static int purgeOrientations(Connection c, long now, long cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE orientation SET topic = '', purged_at = ?"
                + " WHERE purged_at IS NULL AND recorded_at <= ?"
                + " AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + TimelineStore.ORIENTATION_KIND + "'"
                + " AND o.record_id = orientation.id)"
                + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + TimelineStore.ORIENTATION_KIND + "'"
                + " AND o.record_id = orientation.id AND (o.state <> 'acknowledged' OR o.updated_at > ?))")) {
            ps.setLong(1, now);
            ps.setLong(2, cutoff);
            ps.setLong(3, cutoff);
            return ps.executeUpdate();
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

    /** Blanks the due captures' answers and marks their documents purged; adds the files to delete; returns how many. */
    private static int purgeCaptures(Connection c, long now, long cutoff, List<String> files)
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
        return ids.size();
    }
}
