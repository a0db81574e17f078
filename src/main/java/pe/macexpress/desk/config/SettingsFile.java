package pe.macexpress.desk.config;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Changes keys of {@code macexpress.properties} without disturbing anything else: every other line
 * (comments, continuations) is kept; the new file is written beside the old one, forced to disk and
 * moved over it atomically, so a power cut leaves the old file or the new one, never half of each.
 * A new file is readable by its owner only: it may hold the PIDE password or the sync token.
 */
public final class SettingsFile {
    private SettingsFile() {
    }

    /** Replaces (or appends) each key's entry; values are escaped as {@link Properties} expects. */
    public static void update(Path file, Map<String, String> values) throws IOException {
        List<String> lines = Files.isRegularFile(file)
                ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
        Map<String, String> entries = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            entries.put(e.getKey(), escapedEntry(e.getKey(), e.getValue()));
        }
        List<String> out = new ArrayList<>();
        List<String> written = new ArrayList<>();
        boolean skippingContinuation = false;
        for (String line : lines) {
            if (skippingContinuation) {
                skippingContinuation = continues(line);
                continue;
            }
            String t = line.stripLeading();
            String key = t.startsWith("#") || t.startsWith("!") ? null
                    : entries.keySet().stream().filter(k -> isKey(t, k)).findFirst().orElse(null);
            if (key == null) {
                out.add(line);
                continue;
            }
            if (!written.contains(key)) {
                out.add(entries.get(key));
                written.add(key);
            }
            skippingContinuation = continues(line);
        }
        entries.forEach((key, entry) -> {
            if (!written.contains(key)) {
                out.add(entry);
            }
        });
        replaceAtomically(file, (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void replaceAtomically(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".macexpress", ".tmp");
        try {
            try {
                Set<PosixFilePermission> perms = Files.isRegularFile(file) ? Files.getPosixFilePermissions(file)
                        : Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
                Files.setPosixFilePermissions(tmp, perms);
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system (Windows): the folder's ACL applies.
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean isKey(String trimmedLine, String key) {
        if (!trimmedLine.startsWith(key)) {
            return false;
        }
        if (trimmedLine.length() == key.length()) {
            return true;
        }
        char c = trimmedLine.charAt(key.length());
        return c == '=' || c == ':' || Character.isWhitespace(c);
    }

    /** Whether a line ends with an odd number of backslashes, i.e. continues on the next one. */
    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String escapedEntry(String key, String value) throws IOException {
        Properties p = new Properties();
        p.setProperty(key, value);
        StringWriter w = new StringWriter();
        p.store(w, null);
        for (String line : w.toString().split("\\R")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                return line;
            }
        }
        throw new IOException("cannot encode the entry");
    }
}
