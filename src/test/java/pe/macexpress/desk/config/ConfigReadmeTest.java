package pe.macexpress.desk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.i18n.Localization;

/**
 * The README's table of configuration keys is the code's registry, row for row: no key missing,
 * none twice, none the code does not know, and each row's default, accepted values and description
 * as {@link ConfigKeys} declares them (the failure prints the row to paste).
 */
class ConfigReadmeTest {
    private static final Path README = Path.of("README.md");
    private static final String SECTION = "## Carpeta de datos y configuración";
    static final String HEADER = "| clave | por defecto | valores | qué hace |";

    private static List<String> section() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf(SECTION);
        assertTrue(start >= 0, "README has the section " + SECTION);
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    /** Rows of the key table, by key; a key twice fails here. */
    private static Map<String, String> tableRows() throws IOException {
        List<String> section = section();
        int header = section.indexOf(HEADER);
        assertTrue(header >= 0, "the section has the table " + HEADER);
        Map<String, String> rows = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        for (int i = header + 2; i < section.size() && section.get(i).startsWith("|"); i++) {
            String row = section.get(i);
            String first = row.substring(1, row.indexOf('|', 1)).strip();
            String key = first.substring(first.indexOf('`') + 1, first.indexOf('`', first.indexOf('`') + 1));
            if (rows.put(key, row) != null) {
                twice.add(key);
            }
        }
        assertEquals(List.of(), twice, "keys listed twice in the README's table");
        return rows;
    }

    static String expectedRow(ConfigKey<?> k, Localization l) {
        ConfigHint h = k.hint();
        return "| `" + k.name() + "`" + (k.secret() ? " (secreto)" : "") + " | " + k.defaultText() + " | "
                + l.text("es", h.messageKey(), h.args().toArray()) + " | " + k.description() + " |";
    }

    @Test
    void theTableListsEveryKeyOnceAndNothingElse() throws IOException {
        Set<String> inReadme = new TreeSet<>(tableRows().keySet());
        Set<String> inCode = new TreeSet<>();
        ConfigKeys.ALL.forEach(k -> inCode.add(k.name()));
        Set<String> missing = new TreeSet<>(inCode);
        missing.removeAll(inReadme);
        assertEquals(Set.of(), missing, "keys the code knows but the README's table does not list");
        Set<String> unknown = new TreeSet<>(inReadme);
        unknown.removeAll(inCode);
        assertEquals(Set.of(), unknown, "keys in the README's table that the code does not know");
    }

    @Test
    void eachRowSaysWhatTheCodeSays() throws IOException {
        Map<String, String> rows = tableRows();
        Localization l = Localization.bundledOnly();
        for (ConfigKey<?> k : ConfigKeys.ALL) {
            String expected = expectedRow(k, l);
            assertEquals(expected, rows.get(k.name()), "README row of " + k.name() + "; it should read:\n" + expected);
        }
    }

    @Test
    void theExampleFileIsAccepted() throws IOException {
        List<String> section = section();
        int start = section.indexOf("```properties");
        assertTrue(start >= 0, "the section shows an example file");
        int end = section.subList(start + 1, section.size()).indexOf("```") + start + 1;
        String example = String.join("\n", section.subList(start + 1, end));
        Properties p = new Properties();
        p.load(new StringReader(example));
        DeskSettings s = DeskSettings.of(Path.of("/tmp/ejemplo"), p);
        assertFalse(s.training(), "the example is a production workstation");
    }
}
