package pe.macexpress.desk.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;

/**
 * Online backups with SQLite's backup API into a folder, newest {@code keep} kept. Each backup is
 * written to a {@code .part} file, turned into a single self-contained file (rollback journal),
 * checked with {@code integrity_check} and only then renamed into place: a backup that is listed
 * was good when written.
 */
public final class BackupService {
    public static final int DEFAULT_KEEP = 7;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("desk-(\\d{8}T\\d{6}Z)(-\\d+)?-(auto|manual)\\.db");

    private final Path folder;
    private final int keep;
    private final Clock clock;

    public BackupService(Path folder, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        this.folder = folder;
        this.keep = keep;
        this.clock = clock;
    }

    /** The folder and rotation configured in macexpress.properties (default {@code <dataFolder>/backups}, 7). */
    public static BackupService of(DeskSettings settings, Clock clock) {
        String configured = settings.get(ConfigKeys.BACKUP_FOLDER);
        Path folder = configured.isEmpty() ? settings.dataFolder().resolve("backups")
                : settings.home().resolve(configured);
        BackupService service = new BackupService(folder, settings.get(ConfigKeys.BACKUP_KEEP), clock);
        try { // Issue 15: a backup folder elsewhere (a USB stick) is tightened at every start too.
            pe.macexpress.desk.security.PrivateFiles.tightenTree(folder);
        } catch (IOException e) {
            // Best effort: each backup is written private anyway.
        }
        return service;
    }

    public Path folder() {
        return folder;
    }

    /** Backs up the open database now (on demand), checks it, rotates. Blocks the store meanwhile. */
    public Backup backupNow(Store store) {
        return backupNow(store, "system");
    }

    /**
     * The same, audited as {@code actor}'s (issue 15): the chain row is written first, so the backup
     * carries the row that says who took it; no row, no backup.
     */
    public Backup backupNow(Store store, String actor) {
        return write(store, false, actor);
    }

    /**
     * The daily backup: taken when a record was saved (queued for the central) after the newest backup; it replaces an
     * earlier daily backup of the same day. Called when the application opens (covers a day that
     * ended in a crash or power cut) and when it closes.
     *
     * @return the new backup, or empty when nothing changed since the newest one
     */
    public Optional<Backup> backupIfChanged(Store store) {
        Optional<Backup> newest = list().stream().findFirst();
        Optional<Instant> lastChange = store.outbox().lastChange();
        if (lastChange.isEmpty() || newest.isPresent() && !newest.get().takenAt().isBefore(lastChange.get())) {
            return Optional.empty();
        }
        return Optional.of(write(store, true, "system"));
    }

    /**
     * Issue 15: backups and "aside" copies written before encryption hold personal data in clear.
     * Each one that still does (readable, not yet sealed) is opened once with the live database's
     * key, which seals it and rebuilds it (as {@link Database#open} does for the live one); the
     * documents' mirror is sealed too. A damaged copy is left exactly as it is (it is evidence).
     * Returns how many copies were sealed. Run at start, after the store opened; once it went through
     * every copy without a failure it is not run again ({@link Setting#COPIES_SEALED}): copies taken
     * since are copies of the sealed database.
     */
    public int sealOlderCopies(Store store) {
        if (store.settings().get(Setting.COPIES_SEALED).isPresent()) {
            return 0;
        }
        boolean complete = true;
        List<Path> copies = new ArrayList<>();
        list().forEach(b -> copies.add(b.file()));
        Path data = store.file().toAbsolutePath().getParent();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(data, "*-aside-*.db")) {
            dir.forEach(copies::add);
        } catch (IOException e) {
            // No aside copies to look at.
        }
        String keyId = store.database().cipher().keyId();
        int sealed = 0;
        for (Path copy : copies) {
            try {
                // Cheap first (one setting read, every start); the full check only for a copy still in clear.
                if (alreadySealed(copy) || StartupCheck.examine(copy, false).status() != StartupCheck.Status.OK) {
                    continue;
                }
                nameKey(copy, keyId);
                Database.open(copy).close(); // names the live key (set above): seals, VACUUMs, tightens
                sealed++;
            } catch (RuntimeException | SQLException e) {
                // Left as it is; tried again at the next start.
                complete = false;
            }
        }
        if (store.documents().sealExisting(folder.resolve(DOCUMENTS)) >= 0 && complete) {
            store.settings().put(Setting.COPIES_SEALED, PersonalData.VERSION);
        }
        return sealed;
    }

    private static boolean alreadySealed(Path copy) throws SQLException {
        try (Connection c = SqliteFiles.connect(copy)) {
            return PersonalData.VERSION.equals(setting(c, PersonalData.SEALED));
        }
    }

    /** A copy of this database from before encryption names no key: it gets the live one (it is this database's data). */
    private static void nameKey(Path copy, String keyId) throws SQLException {
        try (Connection c = SqliteFiles.connect(copy)) {
            if (setting(c, Database.KEY_ID) == null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
                    ps.setString(1, Database.KEY_ID);
                    ps.setString(2, keyId);
                    ps.executeUpdate();
                }
            }
        }
    }

    private static String setting(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Backups in the folder, newest first. */
    public List<Backup> list() {
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "desk-*.db")) {
            for (Path p : dir) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    try {
                        found.add(new Backup(p, STAMP.parse(m.group(1), Instant::from), Files.size(p),
                                "auto".equals(m.group(3))));
                    } catch (DateTimeParseException | IOException e) {
                        // Not one of ours, or gone meanwhile: not listed.
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "cannot list " + folder, e);
        }
        found.sort(Comparator.comparing(Backup::takenAt).thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return found;
    }

    /**
     * The newest backup that passes {@code quick_check} (each one passed integrity_check when it was
     * written) and has a schema this version can open; {@link #restore} checks it fully again.
     */
    public Optional<Backup> newestGood() {
        return list().stream().filter(b -> StartupCheck.examine(b.file(), false, false).status()
                == StartupCheck.Status.OK).findFirst();
    }

    /**
     * Puts {@code from} in place of {@code databaseFile}, which must be closed (the caller holds the
     * instance lock and has not opened it). The current file and its -wal/-shm companions are moved
     * aside under a new name, never overwritten or deleted.
     *
     * @return where the previous file was moved, or empty when there was none
     * @throws StoreException CORRUPT when {@code from} itself fails the check
     */
    public Optional<Path> restore(Path from, Path databaseFile) {
        return restore(from, databaseFile, "system");
    }

    /**
     * The same, audited as {@code actor}'s (issue 15). The restored database's chain gets a row
     * saying it was restored from which backup; the chain rows of the replaced database that the
     * backup lacks are copied into the restored database's {@code audit_archive} first (and queued
     * for the central), so a restore never makes audit evidence disappear: the aside file may be
     * purged later, the archive is not. When the replaced file cannot be read (a damaged database,
     * the usual reason to restore) the row says so and the aside file keeps what it has. When the
     * audit cannot be written, the restore is undone and refused.
     */
    public Optional<Path> restore(Path from, Path databaseFile, String actor) {
        StartupCheck check = StartupCheck.examine(from, false);
        if (check.status() != StartupCheck.Status.OK) {
            throw new StoreException(check.kind(), "backup refused: " + check.problem(), null);
        }
        Optional<Path> aside;
        try {
            aside = moveAside(databaseFile);
            Path part = databaseFile.resolveSibling(databaseFile.getFileName() + ".restoring");
            Files.copy(from, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, databaseFile, StandardCopyOption.ATOMIC_MOVE);
            restoreDocuments(from, databaseFile);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "restore failed: " + e.getMessage(), e);
        }
        try {
            auditRestore(from, databaseFile, aside, actor);
        } catch (RuntimeException e) {
            undoRestore(databaseFile, aside, e);
            throw e;
        }
        return aside;
    }

    private void auditRestore(Path from, Path databaseFile, Optional<Path> aside, String actor) {
        List<AuditChainStore.Entry> replaced = List.of();
        String replacedState = "none";
        if (aside.isPresent()) {
            try {
                replaced = AuditChainStore.readChain(aside.get());
                replacedState = replaced.isEmpty() ? "empty" : replaced.get(replaced.size() - 1).seq() + ":"
                        + replaced.get(replaced.size() - 1).hash().substring(0, 16);
            } catch (StoreException e) {
                replacedState = "unreadable";
            }
        }
        List<AuditChainStore.Entry> rows = replaced;
        String state = replacedState;
        try (Store restored = Store.open(databaseFile, clock)) {
            restored.write(tx -> {
                int archived = restored.audit().archive(tx, rows);
                restored.audit().append(tx, new pe.macexpress.desk.security.AuditEvent(actor,
                        pe.macexpress.desk.security.AuditActions.RESTORE, "", "",
                        "from=" + from.getFileName() + " replaced=" + state + " archived=" + archived
                                + aside.map(p -> " aside=" + p.getFileName()).orElse("")));
                return null;
            });
        }
    }

    /** The audit could not be written: the restored file goes, the replaced one comes back. */
    private static void undoRestore(Path databaseFile, Optional<Path> aside, RuntimeException cause) {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(databaseFile.resolveSibling(databaseFile.getFileName() + suffix));
            }
            if (aside.isPresent()) {
                for (String suffix : new String[] {"-wal", "-shm"}) {
                    Path companion = aside.get().resolveSibling(aside.get().getFileName() + suffix);
                    if (Files.exists(companion)) {
                        Files.move(companion, databaseFile.resolveSibling(databaseFile.getFileName() + suffix));
                    }
                }
                Files.move(aside.get(), databaseFile);
            }
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Where the backups keep the captured documents: one mirror shared by every backup of the folder. */
    static final String DOCUMENTS = "attachments";

    private static Path documentsOf(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling(DOCUMENTS);
    }

    /**
     * Document files never change once written (one file per attachment id), so the backup folder
     * holds one copy of each: new files are copied, files the desk no longer has (purged by
     * retention) are deleted from the backup too, so no personal data outlives its retention there.
     */
    private static void mirrorDocuments(Path from, Path to) {
        try {
            if (!Files.isDirectory(from)) {
                return;
            }
            pe.macexpress.desk.security.PrivateFiles.folder(to);
            java.util.Set<Path> kept = new java.util.HashSet<>();
            try (var files = Files.list(from)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (!Files.isRegularFile(f) || f.getFileName().toString().startsWith(".")) {
                        continue;
                    }
                    Path copy = to.resolve(f.getFileName().toString());
                    kept.add(copy.getFileName());
                    if (!Files.exists(copy) || Files.size(copy) != Files.size(f)) {
                        Path part = to.resolve(f.getFileName() + ".part");
                        Files.copy(f, part, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
            try (var copies = Files.list(to)) {
                for (Path c : (Iterable<Path>) copies::iterator) {
                    if (!kept.contains(c.getFileName())) {
                        Files.deleteIfExists(c);
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "cannot back up the documents: " + e.getMessage(), e);
        }
    }

    /** After a restore: the documents the backup folder holds and the data folder lacks are copied back. */
    private void restoreDocuments(Path backupFile, Path databaseFile) throws IOException {
        Path mirror = backupFile.toAbsolutePath().resolveSibling(DOCUMENTS);
        if (!Files.isDirectory(mirror)) {
            return;
        }
        Path target = documentsOf(databaseFile);
        Files.createDirectories(target);
        try (var files = Files.list(mirror)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(f.getFileName().toString());
                if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".part") && !Files.exists(dest)) {
                    Files.copy(f, dest);
                }
            }
        }
    }

    private Optional<Path> moveAside(Path databaseFile) throws IOException {
        if (!Files.exists(databaseFile)) {
            return Optional.empty();
        }
        String base = databaseFile.getFileName().toString().replaceFirst("\\.db$", "");
        String stamp = STAMP.format(clock.instant());
        Path target = databaseFile.resolveSibling(base + "-aside-" + stamp + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = databaseFile.resolveSibling(base + "-aside-" + stamp + "-" + n + ".db");
        }
        // The -wal file holds committed transactions: it moves with the file, under the matching name.
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path companion = databaseFile.resolveSibling(databaseFile.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, target.resolveSibling(target.getFileName() + suffix));
            }
        }
        Files.move(databaseFile, target);
        return Optional.of(target);
    }

    private Backup write(Store store, boolean automatic, String actor) {
        Database db = store.database();
        Instant now = clock.instant();
        Path target;
        Path part;
        try {
            Files.createDirectories(folder);
            String name = "desk-" + STAMP.format(now);
            String kind = automatic ? "-auto.db" : "-manual.db";
            target = folder.resolve(name + kind);
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(name + "-" + n + kind);
            }
            part = folder.resolve(target.getFileName() + ".part");
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "cannot write in " + folder, e);
        }
        // Issue 15 (audit): who took which backup, in the chain before the copy (so the copy holds it).
        store.audit().append(new pe.macexpress.desk.security.AuditEvent(actor, pe.macexpress.desk.security.AuditActions.BACKUP,
                "", "", "file=" + target.getFileName() + " mode=" + (automatic ? "auto" : "manual")));
        try {
            // SQLite's online backup API, called directly: "backup to '<path>'" cannot quote every path.
            String destination = part.toAbsolutePath().toString();
            db.read(c -> {
                int rc = c.unwrap(SQLiteConnection.class).getDatabase().backup("main", destination, null);
                if (rc != SQLiteErrorCode.SQLITE_OK.code) {
                    throw new SQLiteException("backup failed (" + rc + ")", SQLiteErrorCode.getErrorCode(rc));
                }
                return null;
            });
            try (Connection c = SqliteFiles.connect(part)) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA journal_mode = DELETE");
                }
                String integrity = SqliteFiles.integrity(c);
                if (!"ok".equals(integrity)) {
                    throw new StoreException(StoreException.Kind.CORRUPT, "backup failed its check: " + integrity, null);
                }
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(part);
            throw StoreException.from(e);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StoreException(StoreException.Kind.IO, "cannot finish backup: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
        if (automatic) {
            dropEarlierDailyOfSameDay(target, now);
        }
        rotate();
        mirrorDocuments(documentsOf(db.file()), folder.resolve(DOCUMENTS));
        try {
            pe.macexpress.desk.security.PrivateFiles.tightenTree(folder); // issue 15: the new copy 0600 at once
            return new Backup(target, now.with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0), Files.size(target),
                    automatic);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "backup vanished: " + target, e);
        }
    }

    /** One daily backup per day (the latest of it), so the rotation spans days, not sessions. */
    private void dropEarlierDailyOfSameDay(Path kept, Instant now) {
        var today = now.atZone(clock.getZone()).toLocalDate();
        for (Backup b : list()) {
            if (b.automatic() && !b.file().equals(kept)
                    && b.takenAt().atZone(clock.getZone()).toLocalDate().equals(today)) {
                deleteQuietly(b.file());
            }
        }
    }

    private void rotate() {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            deleteQuietly(old.file());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
            Files.deleteIfExists(p.resolveSibling(p.getFileName() + "-journal"));
        } catch (IOException ignored) {
            // Rotation or clean-up retries next time.
        }
    }
}
