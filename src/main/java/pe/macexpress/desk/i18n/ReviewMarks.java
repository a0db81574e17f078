package pe.macexpress.desk.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pe.macexpress.desk.security.PrivateFiles;

/**
 * Issue 16 (review): who reviewed a language's string and when, one mark per line of
 * {@code review_<tag>.tsv} (tab-separated: key, reviewer, ISO date, the first 12 hex digits of the
 * SHA-256 of the text reviewed, UTF-8). Marks ship beside the bundles ({@code i18n/} on the
 * classpath) and a workstation adds its own in {@code <home>/i18n/} (folder 0700, file 0600). A mark
 * counts only while its hash is the current text's: a changed string is unreviewed again. No file:
 * nothing reviewed. Lines starting with {@code #} and malformed lines are skipped.
 *
 * <p>A reviewer's name is not a citizen's personal data, but it is nobody's business in a log: this
 * class logs nothing and its exceptions carry no names.
 */
public final class ReviewMarks {
    /** One review: {@code hash} is {@link #hash} of the text the reviewer saw. */
    public record Mark(String key, String reviewer, LocalDate date, String hash) {
    }

    /** The longest reviewer's name kept (longer is cut). */
    public static final int MAX_REVIEWER = 120;

    private final Map<String, List<Mark>> byKey = new LinkedHashMap<>();

    private ReviewMarks(List<Mark> marks) {
        for (Mark m : marks) {
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        }
    }

    /** {@code review_qu.tsv}. */
    public static String fileName(String tag) {
        return "review_" + tag + ".tsv";
    }

    /** The first 12 hex digits of the SHA-256 of {@code text} (UTF-8). */
    public static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The marks of {@code tag}: the ones shipped on the classpath, then those of {@code homeI18n} (may be null). */
    public static ReviewMarks load(String tag, Path homeI18n) {
        List<Mark> marks = new ArrayList<>();
        try (InputStream in = ReviewMarks.class.getResourceAsStream("/i18n/" + fileName(tag))) {
            if (in != null) {
                marks.addAll(parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            // A shipped file that cannot be read: as if absent (nothing reviewed), never a broken counter.
        }
        if (homeI18n != null) {
            Path file = homeI18n.resolve(fileName(tag));
            if (Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    marks.addAll(parse(r));
                } catch (IOException | java.io.UncheckedIOException e) {
                    // Unreadable: the shipped marks only.
                }
            }
        }
        return new ReviewMarks(marks);
    }

    /** Marks from a TSV text (skips comments, blank and malformed lines). */
    public static List<Mark> parse(Reader reader) throws IOException {
        List<Mark> marks = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 4 || c[0].isBlank() || !c[3].strip().matches("[0-9a-fA-F]{12}")) {
                continue;
            }
            try {
                marks.add(new Mark(c[0].strip(), c[1].strip(), LocalDate.parse(c[2].strip()),
                        c[3].strip().toLowerCase(java.util.Locale.ROOT)));
            } catch (DateTimeParseException e) {
                // Not a date: skipped like any malformed line.
            }
        }
        return marks;
    }

    /** The latest mark of {@code key} whose hash is {@code currentText}'s; empty: not reviewed (or changed since). */
    public Optional<Mark> valid(String key, String currentText) {
        if (currentText == null) {
            return Optional.empty();
        }
        String h = hash(currentText);
        return byKey.getOrDefault(key, List.of()).stream().filter(m -> m.hash().equals(h))
                .max(java.util.Comparator.comparing(Mark::date));
    }

    /** The latest mark of {@code key}, valid or not. */
    public Optional<Mark> latest(String key) {
        return byKey.getOrDefault(key, List.of()).stream().max(java.util.Comparator.comparing(Mark::date));
    }

    public boolean hasMarks(String key) {
        return byKey.containsKey(key);
    }

    public Set<String> keys() {
        return byKey.keySet();
    }

    /**
     * Appends one mark per entry of {@code reviewed} (key → the text reviewed) to
     * {@code <homeI18n>/review_<tag>.tsv}, creating the folder (0700) and the file (0600) when absent.
     * The reviewer's name loses tabs and line breaks (they would break the line) and is cut at
     * {@value #MAX_REVIEWER} characters. Returns how many marks were written.
     */
    public static int record(Path homeI18n, String tag, String reviewer, LocalDate date, Map<String, String> reviewed)
            throws IOException {
        String who = cleanReviewer(reviewer);
        if (who.isEmpty()) {
            throw new IllegalArgumentException("a review needs the reviewer's name");
        }
        PrivateFiles.folder(homeI18n);
        Path file = homeI18n.resolve(fileName(tag));
        boolean fresh = !Files.exists(file);
        StringBuilder text = new StringBuilder();
        if (fresh) {
            text.append("# key\treviewer\tdate\tsha256-12\n");
        }
        for (Map.Entry<String, String> e : reviewed.entrySet()) {
            text.append(e.getKey()).append('\t').append(who).append('\t').append(date).append('\t')
                    .append(hash(e.getValue())).append('\n');
        }
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try (var channel = Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), PrivateFiles.fileAttributes(file));
             Writer w = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
            w.write(text.toString());
        }
        if (posix && !Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE); // a file copied in by hand, readable by others
        }
        return reviewed.size();
    }

    /** A marks file as {@link PrivateFiles} creates one: readable by the OS user only. */
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    /** A reviewer's name as stored: one line, no tabs, at most {@value #MAX_REVIEWER} characters. */
    public static String cleanReviewer(String reviewer) {
        String s = reviewer == null ? "" : reviewer.replaceAll("[\\t\\r\\n\\p{Cntrl}]+", " ").strip();
        return s.length() > MAX_REVIEWER ? s.substring(0, MAX_REVIEWER).strip() : s;
    }
}
