package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The procedures this workstation can serve, read from a JSON file (the bundled
 * {@code catalog/procedures.json}, later a central update). Search ignores case and accents, and
 * matches Spanish and Quechua names, the entity and the life event.
 */
public final class Catalog {
    public static final String BUNDLED = "/catalog/procedures.json";

    private final List<Procedure> procedures;

    private Catalog(List<Procedure> procedures) {
        this.procedures = List.copyOf(procedures);
    }

    public static Catalog bundled() {
        try (InputStream in = Catalog.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " missing from the application");
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUNDLED, e);
        }
    }

    public static Catalog read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (JsonNode e : root.path("entities")) {
            Entity entity = new Entity(e.path("id").asText(), e.path("acronym").asText(), e.path("name").asText());
            entities.put(entity.id(), entity);
        }
        List<Procedure> list = new ArrayList<>();
        for (JsonNode p : root.path("procedures")) {
            Entity entity = entities.get(p.path("entity").asText());
            if (entity == null) {
                throw new IOException("procedure " + p.path("id").asText() + " names an unknown entity");
            }
            Map<String, String> names = new LinkedHashMap<>();
            p.path("name").fields().forEachRemaining(f -> names.put(f.getKey(), f.getValue().asText()));
            Map<String, List<String>> reqs = new LinkedHashMap<>();
            p.path("requirements").fields().forEachRemaining(f -> {
                List<String> items = new ArrayList<>();
                f.getValue().forEach(v -> items.add(v.asText()));
                reqs.put(f.getKey(), List.copyOf(items));
            });
            list.add(new Procedure(p.path("id").asText(), entity, Map.copyOf(names), Map.copyOf(reqs),
                    new BigDecimal(p.path("fee").asText("0")), p.path("lifeEvent").asText(""),
                    p.path("followUp").asBoolean(false), p.path("popularity").asInt(0),
                    p.path("portal").asText("")));
        }
        return new Catalog(list);
    }

    public List<Procedure> all() {
        return procedures;
    }

    public Optional<Procedure> find(String id) {
        return procedures.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Procedures matching {@code query} (all when blank), most used here first, then by the
     * catalogue's popularity, then by name in {@code language}.
     */
    public List<Procedure> search(String query, String language, Map<String, Integer> usage) {
        String[] words = fold(query == null ? "" : query).split("\\s+");
        Comparator<Procedure> order = Comparator
                .comparingInt((Procedure p) -> -usage.getOrDefault(p.id(), 0))
                .thenComparingInt(p -> -p.popularity())
                .thenComparing(p -> fold(p.name(language)));
        return procedures.stream()
                .filter(p -> matches(p, words))
                .sorted(order)
                .toList();
    }

    private static boolean matches(Procedure p, String[] words) {
        String haystack = fold(String.join(" ", p.names().values()) + " " + p.entity().acronym() + " "
                + p.entity().name() + " " + p.lifeEvent());
        for (String w : words) {
            if (!w.isEmpty() && !haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents, so "reniec", "RENIEC" and "Renièc" all match. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }
}
