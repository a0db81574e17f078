package pe.macexpress.desk.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All UI text, from {@code i18n/messages_<tag>.properties} (UTF-8). Spanish, Quechua and Aymara ship
 * with the application; a file dropped in {@code <home>/i18n/} adds a language (e.g. Guarani)
 * without a new release. A key missing from a language (or left blank there) falls back to Spanish,
 * never to the raw key; {@link #coverage} and {@link #missingKeys} say how much of a language is
 * translated, so the places where a language is chosen can show it.
 */
public final class Localization {
    public static final String BASE = "messages";
    public static final String FALLBACK = "es";
    public static final List<String> BUNDLED = List.of("es", "qu", "ay");
    private static final Pattern FILE = Pattern.compile("messages_([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.properties");

    /**
     * A date in running text: a java.time pattern where "MMMM" is the bundle's month name
     * ({@code date.month.N}) and "MMM" its short form ({@code date.month.short.N}).
     */
    public static final String DATE_PATTERN = "date.pattern";
    /** A date and a time of day, for tables and the status bar (kept short), same rule. */
    public static final String DATE_TIME_PATTERN = "date.time.pattern";
    /** Prefix of the twelve month names ({@code date.month.1} … {@code date.month.12}). */
    public static final String MONTH = "date.month.";
    /** Prefix of the twelve short month names ({@code date.month.short.1} …). */
    public static final String MONTH_SHORT = "date.month.short.";

    private final Map<String, Properties> bundles;
    private final List<Language> languages;
    private final Map<String, DateTimeFormatter> formats = new ConcurrentHashMap<>();
    /** Per language, the Spanish keys it lacks: the bundles never change once loaded, and language boxes ask on every cell. */
    private final Map<String, java.util.SortedSet<String>> missing = new ConcurrentHashMap<>();

    private Localization(Map<String, Properties> bundles) {
        this.bundles = bundles;
        List<Language> list = new ArrayList<>();
        bundles.forEach((tag, p) -> list.add(new Language(tag, p.getProperty("language.name", tag))));
        this.languages = Collections.unmodifiableList(list);
    }

    /** The bundled languages plus any {@code messages_xx.properties} found in {@code extraFolder}. */
    public static Localization load(Path extraFolder) {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (String tag : BUNDLED) {
            bundles.put(tag, bundled(tag));
        }
        if (extraFolder != null && Files.isDirectory(extraFolder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(extraFolder, "messages_*.properties")) {
                for (Path f : files) {
                    Matcher m = FILE.matcher(f.getFileName().toString());
                    if (m.matches() && !bundles.containsKey(m.group(1))) {
                        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                            Properties p = new Properties();
                            p.load(r);
                            bundles.put(m.group(1), p);
                        } catch (IOException | IllegalArgumentException e) {
                            // A broken extra file must not stop the counter: that language is skipped.
                        }
                    }
                }
            } catch (IOException e) {
                // Unreadable folder: only the bundled languages.
            }
        }
        return new Localization(bundles);
    }

    /**
     * Issue 16 (review): exactly these bundles (tag → texts, Spanish first), for tests that need a
     * small set of their own (a planted glossary inconsistency, a review report's figures).
     */
    static Localization of(Map<String, Properties> bundles) {
        if (!bundles.containsKey(FALLBACK)) {
            throw new IllegalArgumentException("Spanish is the fallback: it must be there");
        }
        return new Localization(new LinkedHashMap<>(bundles));
    }

    public static Localization bundledOnly() {
        return load(null);
    }

    static Properties bundled(String tag) {
        String resource = "/i18n/" + BASE + "_" + tag + ".properties";
        try (InputStream in = Localization.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MissingResourceException("missing " + resource, Localization.class.getName(), tag);
            }
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    public List<Language> languages() {
        return languages;
    }

    public Language language(String tag) {
        return languages.stream().filter(l -> l.tag().equals(tag)).findFirst()
                .orElse(languages.get(0));
    }

    /** The text for {@code key} in {@code tag}, formatted with {@code args} (MessageFormat). */
    public String text(String tag, String key, Object... args) {
        Properties p = bundles.getOrDefault(tag, bundles.get(FALLBACK));
        String pattern = p.getProperty(key);
        if (pattern == null || pattern.isBlank()) {
            pattern = bundles.get(FALLBACK).getProperty(key);
        }
        if (pattern == null) {
            // Caught by LocalizationConsistencyTest; visible rather than blank if it ever ships.
            return "⟦" + key + "⟧";
        }
        // Always through MessageFormat, so quoting ('') means the same with and without arguments.
        return new MessageFormat(pattern, Locale.forLanguageTag(tag)).format(args);
    }

    /**
     * A day in {@code tag}'s one date format ("2 dic 2026", "2 Kapaq Raymi 2026"). Month names come
     * from the bundle, not from the JDK: its locale data for Quechua has the Spanish month names.
     */
    public String date(String tag, LocalDate day) {
        return format(tag, DATE_PATTERN).format(day);
    }

    /** An instant as a date and time at the counter ({@code zone}), in {@code tag}'s one format. */
    public String dateTime(String tag, Instant at, ZoneId zone) {
        return format(tag, DATE_TIME_PATTERN).withZone(zone).format(at);
    }

    private DateTimeFormatter format(String tag, String patternKey) {
        String t = bundles.containsKey(tag) ? tag : FALLBACK;
        return formats.computeIfAbsent(t + "|" + patternKey, k -> build(t, raw(t, patternKey)));
    }

    /**
     * The pattern as java.time reads it, except that "MMMM" (four or more 'M' outside quotes) is the
     * month's name from the bundle and "MMM" its short name (so no language depends on the JDK having
     * its month names).
     */
    private DateTimeFormatter build(String tag, String pattern) {
        Map<Long, String> months = new LinkedHashMap<>();
        Map<Long, String> shortMonths = new LinkedHashMap<>();
        for (long m = 1; m <= 12; m++) {
            months.put(m, text(tag, MONTH + m));
            shortMonths.put(m, text(tag, MONTH_SHORT + m));
        }
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
        StringBuilder chunk = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            int run = 0;
            while (!quoted && i + run < pattern.length() && pattern.charAt(i + run) == 'M') {
                run++;
            }
            if (run >= 3) {
                if (chunk.length() > 0) {
                    b.appendPattern(chunk.toString());
                    chunk.setLength(0);
                }
                b.appendText(ChronoField.MONTH_OF_YEAR, run >= 4 ? months : shortMonths);
                i += run - 1;
            } else {
                chunk.append(c);
            }
        }
        if (chunk.length() > 0) {
            b.appendPattern(chunk.toString());
        }
        return b.toFormatter(Locale.forLanguageTag(tag));
    }

    /** The stored text of {@code key}, not run through MessageFormat (date patterns), with the same fallback. */
    private String raw(String tag, String key) {
        String v = bundles.getOrDefault(tag, bundles.get(FALLBACK)).getProperty(key);
        return v != null && !v.isBlank() ? v : bundles.get(FALLBACK).getProperty(key);
    }

    /**
     * The Spanish keys that {@code tag}'s bundle lacks or leaves blank (they show in Spanish), sorted;
     * every Spanish key for a language this installation does not have.
     */
    public java.util.SortedSet<String> missingKeys(String tag) {
        return missing.computeIfAbsent(tag, this::findMissing);
    }

    private java.util.SortedSet<String> findMissing(String tag) {
        Properties own = bundles.get(tag);
        java.util.SortedSet<String> absent = new java.util.TreeSet<>();
        for (String key : bundles.get(FALLBACK).stringPropertyNames()) {
            String v = own == null ? null : own.getProperty(key);
            if (v == null || v.isBlank()) {
                absent.add(key);
            }
        }
        return Collections.unmodifiableSortedSet(absent);
    }

    /** The share (0 to 1) of the Spanish keys that {@code tag} translates; 1 for Spanish itself. */
    public double coverage(String tag) {
        int all = bundles.get(FALLBACK).stringPropertyNames().size();
        return all == 0 ? 1.0 : (all - missingKeys(tag).size()) / (double) all;
    }

    /** Whether {@code tag} has every Spanish key (nothing of it shows in Spanish). */
    public boolean isComplete(String tag) {
        return missingKeys(tag).isEmpty();
    }

    /** Keys of one language's bundle, for the consistency test. */
    public java.util.Set<String> keys(String tag) {
        return bundles.get(tag).stringPropertyNames();
    }

    /**
     * Issue 16 (review): the text {@code tag}'s own bundle stores for {@code key}, as written (not run
     * through MessageFormat), or null when that language has no such key or is not installed: no
     * fallback. What a reviewer reviewed, and what a review mark's hash is taken of.
     */
    public String stored(String tag, String key) {
        Properties p = bundles.get(tag);
        return p == null ? null : p.getProperty(key);
    }
}
