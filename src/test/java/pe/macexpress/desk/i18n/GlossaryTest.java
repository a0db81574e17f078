package pe.macexpress.desk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The glossary (i18n/glossary.md) is what the bundles say: one Quechua term per concept, distinct states. */
class GlossaryTest {
    record Row(String concept, String kind, List<String> es, String qu, List<String> keys) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("i18n/glossary.md"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("| ") || line.startsWith("| concept")) {
                continue;
            }
            String[] c = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip)
                    .toArray(String[]::new);
            String qu = c[3].endsWith("-") ? c[3].substring(0, c[3].length() - 1) : c[3];
            rows.add(new Row(c[0], c[1], List.of(c[2].split(" / ")), qu, List.of(c[4].split(",\\s*"))));
        }
        return rows;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Test
    void eachConceptsKeysUseItsTermInBothLanguages() throws IOException {
        Localization l = Localization.bundledOnly();
        List<Row> rows = rows();
        assertTrue(rows.size() >= 10, "glossary read: " + rows.size() + " rows");
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            for (String key : r.keys()) {
                assertTrue(l.keys("qu").contains(key), r.concept() + ": no key " + key);
                String qu = lower(l.text("qu", key));
                String es = lower(l.text("es", key));
                if (!qu.contains(lower(r.qu()))) {
                    wrong.add(key + " (qu) lacks '" + r.qu() + "': " + qu);
                }
                if (r.es().stream().noneMatch(t -> es.contains(lower(t)))) {
                    wrong.add(key + " (es) lacks '" + r.es() + "': " + es);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void distinctStatesHaveDistinctQuechuaTerms() throws IOException {
        Localization l = Localization.bundledOnly();
        List<Row> states = rows().stream().filter(r -> r.kind().equals("state")).toList();
        assertTrue(states.size() >= 3, "the three 'pending' states at least");
        List<String> mixed = new ArrayList<>();
        for (Row a : states) {
            for (Row b : states) {
                if (a == b) {
                    continue;
                }
                for (String key : b.keys()) {
                    if (lower(l.text("qu", key)).contains(lower(a.qu()))) {
                        mixed.add(key + " (" + b.concept() + ") uses '" + a.qu() + "' of " + a.concept());
                    }
                }
            }
        }
        assertEquals(List.of(), mixed);
    }
}
