package pe.macexpress.desk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.core.ComplaintNumber;
import pe.macexpress.desk.core.DocumentType;

/**
 * The Libro de Reclamaciones ({@code complaint}). Each complaint gets the point's next correlative
 * number in the same transaction as its row and its outbox entry (kind {@value #OUTBOX_KIND}): a crash
 * either keeps all three or none, so numbers have no gap and no repeat.
 *
 * <p>Restores: a backup restored over the database would forget the numbers issued after it was
 * taken, and issue them again. So every issued number is also written to a small high-water-mark
 * file beside the database ({@value #HIGH_WATER_FILE}, one line per point: {@code <point> <seq>}),
 * replaced atomically and fsynced after each commit; the next number is max(database, file) + 1. The
 * numbers a restore lost stay a visible gap ({@link #missingNumbers}) shown to the supervisor, never
 * issued again. A crash between the commit and the file write leaves the file one behind the
 * database, which the max() covers.
 */
public final class ComplaintStore {
    public static final String OUTBOX_KIND = "complaint";
    public static final String HIGH_WATER_FILE = "complaint-numbers.txt";
    /** Answered complaints the follow-up screen lists at most (open ones are all listed). */
    public static final int ANSWERED_SHOWN = 200;

    private static final String SELECT = "SELECT id, point_id, seq, year, filed_at, advisor_id, visit_id, doc_type,"
            + " doc_number, names, address, phone, email, reply_via, minor, guardian_names, guardian_document, facts,"
            + " request, action, language, confirmation, due_date, answered_on, answer_via, answer_summary,"
            + " answered_by, answered_at, revision, purged_at FROM complaint";

    private final Database db;
    private final Outbox outbox;
    private final Clock clock;
    private final Path highWater;
    private static final System.Logger LOG = System.getLogger(ComplaintStore.class.getName());
    /** The last high-water-mark write failed (a full or read-only disk): the supervisor should know. */
    private volatile boolean highWaterFailed;

    ComplaintStore(Database db, Outbox outbox, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.clock = clock;
        this.highWater = db.file().toAbsolutePath().resolveSibling(HIGH_WATER_FILE);
    }

    /**
     * Files a complaint: allocates the point's next number, stores the row and queues it for the
     * central, in one transaction; then records the number in the high-water-mark file. The filing
     * must have no {@link ComplaintFiling#problems() problems}.
     *
     * @param now when it is filed (the number's year in {@code zone}, the point's)
     */
    public synchronized Complaint file(ComplaintFiling f, String pointId, Instant now, LocalDate due, ZoneId zone) {
        if (!f.problems().isEmpty()) {
            throw new IllegalArgumentException("the complaint has problems: " + f.problems());
        }
        int year = now.atZone(zone).getYear();
        long fileMark = readHighWater().getOrDefault(pointId, 0L);
        Sealing sealing = db.sealing(); // issue 15: personal fields and free texts sealed
        Complaint saved = db.write(c -> {
            long seq = Math.max(maxSequence(c, pointId), fileMark) + 1;
            ComplaintNumber number = new ComplaintNumber(pointId, year, seq);
            UUID id = UUID.randomUUID();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO complaint (id, point_id, seq, year, filed_at,"
                    + " advisor_id, visit_id, doc_type, doc_number, names, address, phone, email, reply_via, minor,"
                    + " guardian_names, guardian_document, facts, request, action, language, confirmation, due_date)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 1;
                ps.setString(i++, id.toString());
                ps.setString(i++, pointId);
                ps.setLong(i++, seq);
                ps.setInt(i++, year);
                ps.setLong(i++, now.toEpochMilli());
                ps.setString(i++, f.advisorId());
                ps.setString(i++, f.visitId() == null ? null : f.visitId().toString());
                ps.setString(i++, f.documentType().code());
                ps.setString(i++, sealing.seal(f.documentNumber()));
                ps.setString(i++, sealing.seal(f.names()));
                ps.setString(i++, sealing.seal(f.address()));
                ps.setString(i++, sealing.seal(f.phone()));
                ps.setString(i++, sealing.seal(f.email()));
                ps.setString(i++, f.replyVia().code());
                ps.setInt(i++, f.minor() ? 1 : 0);
                ps.setString(i++, sealing.seal(f.guardianNames()));
                ps.setString(i++, sealing.seal(f.guardianDocument()));
                ps.setString(i++, sealing.seal(f.facts()));
                ps.setString(i++, sealing.seal(f.request()));
                ps.setString(i++, sealing.seal(f.action()));
                ps.setString(i++, f.language());
                ps.setString(i++, f.confirmation().code());
                ps.setString(i, due.toString());
                ps.executeUpdate();
            }
            outbox.enqueue(OUTBOX_KIND, id, OutboxChange.CREATED, clock.millis());
            return new Complaint(id, number, pointId, now, f, due, null, 1, false);
        });
        writeHighWater(pointId, saved.number().sequence());
        return saved;
    }

    /**
     * Records the answer of an open complaint and queues its new revision, in one transaction. False
     * when it is unknown or already answered (nothing changes).
     */
    public boolean answer(UUID id, Complaint.Answer answer) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE complaint SET answered_on = ?, answer_via = ?,"
                    + " answer_summary = ?, answered_by = ?, answered_at = ?, revision = revision + 1"
                    + " WHERE id = ? AND answered_on IS NULL")) {
                ps.setString(1, answer.on().toString());
                ps.setString(2, answer.via().code());
                ps.setString(3, answer.summary() == null ? "" : db.sealing().seal(answer.summary().strip()));
                ps.setString(4, answer.by());
                ps.setLong(5, answer.recordedAt().toEpochMilli());
                ps.setString(6, id.toString());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            outbox.enqueue(OUTBOX_KIND, id, OutboxChange.CHANGED, clock.millis());
            return true;
        });
    }

    public Optional<Complaint> find(UUID id) {
        return find(List.of(id)).stream().findFirst();
    }

    public Optional<Complaint> findByNumber(String number) {
        return ComplaintNumber.parse(number).flatMap(n -> db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE point_id = ? AND seq = ?")) {
                ps.setString(1, n.pointId());
                ps.setLong(2, n.sequence());
                return readAll(ps, db.sealing()).stream().findFirst();
            }
        }));
    }

    public List<Complaint> find(Collection<UUID> ids) {
        return db.read(c -> {
            List<Complaint> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    found.addAll(readAll(ps, db.sealing()));
                }
            }
            return found;
        });
    }

    /** Every open complaint (earliest due first), then the latest {@value #ANSWERED_SHOWN} answered ones unless {@code openOnly}. */
    public List<Complaint> list(boolean openOnly) {
        return db.read(c -> {
            List<Complaint> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT
                    + " WHERE answered_on IS NULL ORDER BY due_date, point_id, seq")) {
                all.addAll(readAll(ps, db.sealing()));
            }
            if (!openOnly) {
                try (PreparedStatement ps = c.prepareStatement(SELECT
                        + " WHERE answered_on IS NOT NULL ORDER BY answered_at DESC LIMIT " + ANSWERED_SHOWN)) {
                    all.addAll(readAll(ps, db.sealing()));
                }
            }
            return all;
        });
    }

    /** Every complaint, oldest first (exports). */
    public void forEach(Consumer<Complaint> each) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY filed_at, point_id, seq")) {
                readAll(ps, db.sealing()).forEach(each);
            }
            return null;
        });
    }

    /** Open complaints, and how many of them are past their due date on {@code today}. */
    public int[] openAndOverdue(LocalDate today) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE due_date < ?)"
                    + " FROM complaint WHERE answered_on IS NULL")) {
                ps.setString(1, today.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new int[] {rs.getInt(1), rs.getInt(2)};
                }
            }
        });
    }

    /**
     * The numbers of {@code pointId} issued but not in this database, as [first, last] ranges: the
     * complaints a restored older backup lost (their numbers are never issued again).
     */
    public List<long[]> missingNumbers(String pointId) {
        long mark = readHighWater().getOrDefault(pointId, 0L);
        return db.read(c -> {
            List<Long> seqs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM complaint WHERE point_id = ? ORDER BY seq")) {
                ps.setString(1, pointId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seqs.add(rs.getLong(1));
                    }
                }
            }
            List<long[]> gaps = new ArrayList<>();
            long expected = 1;
            for (long s : seqs) {
                if (s > expected) {
                    gaps.add(new long[] {expected, s - 1});
                }
                expected = s + 1;
            }
            if (mark >= expected) {
                gaps.add(new long[] {expected, mark});
            }
            return gaps;
        });
    }

    /** The highest number ever issued for {@code pointId} here, by the database or the high-water file. */
    public long highestIssued(String pointId) {
        long mark = readHighWater().getOrDefault(pointId, 0L);
        return Math.max(mark, db.read(c -> maxSequence(c, pointId)));
    }

    /** Whether the last number could not be written to the high-water-mark file. */
    public boolean highWaterFailed() {
        return highWaterFailed;
    }

    /** The high-water-mark file (beside the database). */
    public Path highWaterFile() {
        return highWater;
    }

    private static long maxSequence(Connection c, String pointId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM complaint WHERE point_id = ?")) {
            ps.setString(1, pointId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Map<String, Long> readHighWater() {
        Map<String, Long> marks = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(highWater, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[1].matches("\\d{1,18}")) {
                    marks.merge(parts[0], Long.parseLong(parts[1]), Math::max);
                }
            }
        } catch (NoSuchFileException e) {
            // No complaint issued yet with this data folder.
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "cannot read the complaint numbers' high-water mark", e);
        }
        return marks;
    }

    /** Replaces the file atomically (temp file fsynced, moved over it, folder fsynced); never lowers a mark. */
    private void writeHighWater(String pointId, long seq) {
        Map<String, Long> marks = readHighWater();
        marks.merge(pointId, seq, Math::max);
        StringBuilder text = new StringBuilder();
        marks.forEach((p, s) -> text.append(p).append(' ').append(s).append('\n'));
        Path temp = highWater.resolveSibling(HIGH_WATER_FILE + ".part");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            Files.move(temp, highWater, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (FileChannel dir = FileChannel.open(highWater.getParent(), StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException e) {
                // Some file systems cannot sync a folder; the rename is already done.
            }
        } catch (IOException e) {
            // The complaint is committed and the database holds its number: failing the filing now
            // would only invite a second, duplicate complaint. The next filing writes the mark again
            // (max of both); only a restore before then could reissue this number. Logged, no personal data.
            highWaterFailed = true;
            LOG.log(System.Logger.Level.WARNING, "complaint number " + seq + " of point " + pointId
                    + " not written to " + HIGH_WATER_FILE + ": " + e.getClass().getSimpleName());
            return;
        }
        highWaterFailed = false;
    }

    private static List<Complaint> readAll(PreparedStatement ps, Sealing sealing) throws SQLException {
        List<Complaint> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String visit = rs.getString("visit_id");
                ComplaintFiling filing = new ComplaintFiling(visit == null ? null : UUID.fromString(visit),
                        rs.getString("advisor_id"),
                        DocumentType.fromCode(rs.getString("doc_type")).orElseThrow(() -> new SQLException("unknown document type")),
                        sealing.open(rs.getString("doc_number")), sealing.open(rs.getString("names")), sealing.open(rs.getString("address")),
                        sealing.open(rs.getString("phone")), sealing.open(rs.getString("email")),
                        ComplaintFiling.ReplyVia.fromCode(rs.getString("reply_via")).orElseThrow(() -> new SQLException("unknown reply")),
                        rs.getInt("minor") == 1, sealing.open(rs.getString("guardian_names")), sealing.open(rs.getString("guardian_document")),
                        sealing.open(rs.getString("facts")), sealing.open(rs.getString("request")), sealing.open(rs.getString("action")),
                        rs.getString("language"),
                        ComplaintFiling.Confirmation.fromCode(rs.getString("confirmation"))
                                .orElseThrow(() -> new SQLException("unknown confirmation")));
                String on = rs.getString("answered_on");
                Complaint.Answer answer = on == null ? null : new Complaint.Answer(LocalDate.parse(on),
                        Complaint.AnswerVia.fromCode(rs.getString("answer_via")).orElseThrow(() -> new SQLException("unknown via")),
                        sealing.open(rs.getString("answer_summary")), rs.getString("answered_by"),
                        Instant.ofEpochMilli(rs.getLong("answered_at")));
                String point = rs.getString("point_id");
                list.add(new Complaint(UUID.fromString(rs.getString("id")),
                        new ComplaintNumber(point, rs.getInt("year"), rs.getLong("seq")), point,
                        Instant.ofEpochMilli(rs.getLong("filed_at")), filing, LocalDate.parse(rs.getString("due_date")),
                        answer, rs.getInt("revision"), rs.getObject("purged_at") != null));
            }
        }
        return list;
    }
}
