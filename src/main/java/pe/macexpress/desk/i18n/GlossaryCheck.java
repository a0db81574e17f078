package pe.macexpress.desk.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Issue 16 (review): the glossary ({@code i18n/glossary.md}) checked against the bundles. The
 * glossary is one Markdown table: {@code concept | kind | <one column per language tag> | keys},
 * an empty cell meaning "not checked for that language". For every row and every installed
 * language with a term, each listed key's text in that language contains the term (or one of its
 * {@code " / "} alternatives; a trailing {@code -} makes it a stem). Rows of kind {@code state} are
 * states an advisor must tell apart: a state's term never appears in another state's keys of the
 * same language (the other state's own term is taken out first, so "pendientes de envío" is not
 * "pendiente"). A listed key must exist in Spanish. A key a language has not translated yet is
 * not checked there (it shows Spanish; the review report counts it as missing).
 *
 * <p>Findings are returned, never thrown: the glossary test fails on any, the review report and
 * the supervisor's screen count them per language.
 */
public final class GlossaryCheck {
    /** On the classpath beside the bundles (the pom copies {@code i18n/}). */
    public static final String RESOURCE = "/i18n/glossary.md";

    /** What is wrong with a row in a language. */
    public enum Problem {
        /** The key's text does not use the row's term. */
        TERM_MISSING,
        /** The key (a state's) uses the term of another state. */
        OTHER_STATE_TERM,
        /** The key listed in the row does not exist in Spanish. */
        UNKNOWN_KEY;

        /** {@code review.glossary.problem.term.missing}, … */
        public String messageKey() {
            return "review.glossary.problem." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    /**
     * One row of the table. {@code number}: its place among the table's rows (1 = first).
     * {@code terms}: language tag → alternatives, only for languages with a term.
     */
    public record Row(int number, String concept, String kind, Map<String, List<String>> terms, List<String> keys) {
        public boolean state() {
            return kind.equals("state");
        }
    }

    /** A row's problem in one language at one key; {@code detail}: the term looked for, or the other state's concept. */
    public record Finding(int row, String concept, String language, String key, Problem problem, String detail) {
        @Override
        public String toString() {
            return "row " + row + " (" + concept + "), " + language + ", " + key + ": " + problem + " " + detail;
        }
    }

    private static final Set<String> NOT_LANGUAGES = Set.of("concept", "kind", "keys", "reviewed", "notes");

    private final List<Row> rows;

    private GlossaryCheck(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The glossary that ships with the application. */
    public static GlossaryCheck bundled() {
        try (InputStream in = GlossaryCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new GlossaryCheck(List.of());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table in {@code lines} (the first Markdown table whose header starts with "concept"). */
    public static GlossaryCheck parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        for (String line : lines) {
            String l = line.strip();
            if (!l.startsWith("|")) {
                if (header != null && !rows.isEmpty()) {
                    break;
                }
                continue;
            }
            List<String> cells = cells(l);
            if (header == null) {
                if (!cells.isEmpty() && cells.get(0).equalsIgnoreCase("concept")) {
                    header = cells;
                }
                continue;
            }
            if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                continue; // the |---|---| line
            }
            Map<String, List<String>> terms = new LinkedHashMap<>();
            String concept = "";
            String kind = "";
            List<String> keys = List.of();
            for (int i = 0; i < header.size() && i < cells.size(); i++) {
                String name = header.get(i).toLowerCase(Locale.ROOT);
                String cell = cells.get(i);
                switch (name) {
                    case "concept" -> concept = cell;
                    case "kind" -> kind = cell.toLowerCase(Locale.ROOT);
                    case "keys" -> keys = cell.isEmpty() ? List.of()
                            : Arrays.stream(cell.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
                    default -> {
                        if (!NOT_LANGUAGES.contains(name) && !cell.isEmpty()) {
                            terms.put(name, Arrays.stream(cell.split(" / ")).map(String::strip)
                                    .filter(t -> !t.isEmpty()).toList());
                        }
                    }
                }
            }
            rows.add(new Row(rows.size() + 1, concept, kind, terms, keys));
        }
        return new GlossaryCheck(rows);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    public List<Row> rows() {
        return rows;
    }

    /** Every finding in every installed language of {@code l}, in row order. */
    public List<Finding> check(Localization l) {
        List<Finding> findings = new ArrayList<>();
        Set<String> spanish = l.keys(Localization.FALLBACK);
        List<String> installed = l.languages().stream().map(Language::tag).toList();
        for (Row r : rows) {
            for (String key : r.keys()) {
                if (!spanish.contains(key)) {
                    findings.add(new Finding(r.number(), r.concept(), Localization.FALLBACK, key, Problem.UNKNOWN_KEY, ""));
                    continue;
                }
                r.terms().forEach((tag, alternatives) -> {
                    if (installed.contains(tag) && l.keys(tag).contains(key)
                            && !uses(lower(l.text(tag, key)), alternatives)) {
                        findings.add(new Finding(r.number(), r.concept(), tag, key, Problem.TERM_MISSING,
                                String.join(" / ", alternatives)));
                    }
                });
            }
        }
        List<Row> states = rows.stream().filter(Row::state).toList();
        for (Row b : states) {
            for (String key : b.keys()) {
                for (String tag : installed) {
                    if (!spanish.contains(key) || !l.keys(tag).contains(key)) {
                        continue;
                    }
                    String text = withoutOwnTerm(lower(l.text(tag, key)), b.terms().getOrDefault(tag, List.of()));
                    for (Row a : states) {
                        List<String> other = a.terms().get(tag);
                        if (a != b && other != null && uses(text, other)) {
                            findings.add(new Finding(b.number(), b.concept(), tag, key, Problem.OTHER_STATE_TERM,
                                    a.concept()));
                        }
                    }
                }
            }
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::row));
        return findings;
    }

    /** The findings of one language. */
    public static List<Finding> of(List<Finding> findings, String tag) {
        return findings.stream().filter(f -> f.language().equals(tag)).toList();
    }

    private static boolean uses(String lowerText, List<String> alternatives) {
        return alternatives.stream().anyMatch(t -> lowerText.contains(stem(t)));
    }

    private static String withoutOwnTerm(String lowerText, List<String> own) {
        String t = lowerText;
        for (String alternative : own.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            t = t.replace(stem(alternative), " ");
        }
        return t;
    }

    /** {@code "kikinch-"} → {@code "kikinch"}; lower case. */
    private static String stem(String term) {
        String t = lower(term);
        return t.endsWith("-") ? t.substring(0, t.length() - 1) : t;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
