package pe.macexpress.desk.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads {@code macexpress.properties} with {@link Properties}' own syntax, one logical line at a
 * time, so that a problem can be pinned to its line and key: a broken {@code \}{@code u} escape,
 * bytes that are not UTF-8, a key written twice. {@link Properties#load} alone only says
 * "Malformed \\uxxxx encoding" for the whole file and keeps the last of two equal keys silently.
 */
final class SettingsReader {
    private static final ConfigHint ESCAPE = new ConfigHint("config.hint.escape", List.of(),
            "four hexadecimal digits after a backslash-u, and a lone backslash written as two");
    private static final ConfigHint UTF8 = new ConfigHint("config.hint.utf8", List.of(), "a file saved as UTF-8");

    /** One entry of the file: its key, its value (unescaped, not yet stripped) and the line it starts on. */
    record Entry(String key, String value, int line) {
    }

    private SettingsReader() {
    }

    /** The entries in file order; every key at most once. */
    static Map<String, Entry> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ConfigException.unreadable(file, e);
        }
        String text = decode(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Notepad's byte order mark is not part of the first key
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (LogicalLine l : logicalLines(text)) {
            Properties one = new Properties();
            try {
                one.load(new StringReader(l.text()));
            } catch (IllegalArgumentException e) {
                throw ConfigException.malformed(file, l.firstLine(), rawKey(l.text()), ESCAPE, e);
            } catch (IOException e) {
                throw ConfigException.unreadable(file, e); // not from a StringReader, but Properties declares it
            }
            for (String key : one.stringPropertyNames()) {
                if (entries.containsKey(key)) {
                    throw ConfigException.duplicateKey(file, l.firstLine(), key);
                }
                entries.put(key, new Entry(key, one.getProperty(key), l.firstLine()));
            }
        }
        return entries;
    }

    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw ConfigException.malformed(file, line, null, UTF8, null);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private record LogicalLine(int firstLine, String text) {
    }

    /**
     * Splits the text as {@link Properties} does: blank and comment lines are skipped (a comment
     * never continues), and a line ending in an odd number of backslashes continues on the next.
     */
    private static List<LogicalLine> logicalLines(String text) {
        List<LogicalLine> out = new ArrayList<>();
        String[] natural = text.split("\r\n|\r|\n", -1);
        StringBuilder current = null;
        int first = 0;
        for (int i = 0; i < natural.length; i++) {
            String line = natural[i];
            if (current == null) {
                String t = line.stripLeading();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                    continue;
                }
                current = new StringBuilder(line);
                first = i + 1;
            } else {
                current.append('\n').append(line);
            }
            if (!continues(line)) {
                out.add(new LogicalLine(first, current.toString()));
                current = null;
            }
        }
        if (current != null) {
            out.add(new LogicalLine(first, current.toString()));
        }
        return out;
    }

    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** The key of a logical line as written (up to the first unescaped separator), or null if it holds the bad escape. */
    private static String rawKey(String logicalLine) {
        String t = logicalLine.stripLeading();
        int end = 0;
        while (end < t.length()) {
            char c = t.charAt(end);
            if (c == '\\') {
                return null; // escapes in the key: it cannot be told reliably
            }
            if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            }
            end++;
        }
        return end == 0 ? null : t.substring(0, end);
    }
}
