package pe.macexpress.desk.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Issue 14: the region (department, 2 digits) and province (4 digits) of an INEI ubigeo, from the
 * bundled {@code reports/ubigeo.tsv}. A code the table does not know (blank, malformed, a newer
 * province) gives a blank name, never an error: the base de datos still goes out.
 */
public final class Ubigeo {
    static final String RESOURCE = "/reports/ubigeo.tsv";
    private static final Ubigeo BUNDLED = load();

    private final Map<String, String> names;

    private Ubigeo(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** The table bundled with the desk (read once). */
    public static Ubigeo bundled() {
        return BUNDLED;
    }

    /** The department's name of {@code ubigeo} (its first 2 digits), or "" when unknown. */
    public String region(String ubigeo) {
        return name(ubigeo, 2);
    }

    /** The province's name of {@code ubigeo} (its first 4 digits), or "" when unknown. */
    public String province(String ubigeo) {
        return name(ubigeo, 4);
    }

    private String name(String ubigeo, int digits) {
        if (ubigeo == null) {
            return "";
        }
        String code = ubigeo.strip();
        if (code.length() < digits || !code.chars().allMatch(Character::isDigit)) {
            return "";
        }
        return names.getOrDefault(code.substring(0, digits), "");
    }

    private static Ubigeo load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = Ubigeo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    names.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Ubigeo(names);
    }
}
