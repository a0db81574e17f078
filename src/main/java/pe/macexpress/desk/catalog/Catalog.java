package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import pe.macexpress.desk.catalog.CatalogException.Problem;
import pe.macexpress.desk.core.PointType;

/**
 * The procedures this workstation can serve: one catalogue file (format 2, documented by
 * {@code catalog/catalog-v2.schema.json}), checked whole before it is used. Keeps the exact bytes
 * it was read from, so an export or a signature check works on what the central published.
 *
 * <p>Search ignores case and accents and looks through names, synonyms (every language: a
 * Quechua-speaking advisor may type the Spanish word the citizen said), the entity and the life
 * events.
 */
public final class Catalog {
    public static final String BUNDLED = "/catalog/procedures.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private final byte[] bytes;
    private final CatalogFile file;
    private final Map<String, Entity> entities;
    private final Map<String, LifeEvent> lifeEvents;
    private final Map<String, Procedure> procedures;
    private final Map<String, String> haystacks;

    private Catalog(byte[] bytes, CatalogFile file) {
        this.bytes = bytes.clone();
        this.file = file;
        this.entities = index(file.entities(), Entity::id);
        this.lifeEvents = index(file.lifeEvents() == null ? List.of() : file.lifeEvents(), LifeEvent::id);
        this.procedures = index(file.procedures(), Procedure::id);
        this.haystacks = file.procedures().stream().collect(Collectors.toUnmodifiableMap(Procedure::id, this::haystack));
    }

    /**
     * The catalogue shipped with the application; always valid (a test reads it). Read and checked
     * once per process: the desk, its training central and its look-alike portals all start from it.
     */
    public static Catalog bundled() {
        return Bundled.CATALOG;
    }

    /** Holder: the bundled file is parsed the first time it is asked for, by whoever asks first. */
    private static final class Bundled {
        static final Catalog CATALOG = readBundled();
    }

    private static Catalog readBundled() {
        try (InputStream in = Catalog.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " missing from the application");
            }
            return parse(in.readAllBytes());
        } catch (IOException | CatalogException e) {
            throw new IllegalStateException("the bundled catalogue cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads and checks a whole catalogue; refuses it with the first entry at fault. */
    public static Catalog parse(byte[] json) throws CatalogException {
        CatalogFile file;
        try {
            file = MAPPER.readValue(json, CatalogFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new CatalogException(Problem.MALFORMED, where(e), "unknown property " + e.getPropertyName());
        } catch (JsonProcessingException e) {
            throw new CatalogException(Problem.MALFORMED, where(e), e.getOriginalMessage());
        } catch (IOException e) {
            throw new CatalogException(Problem.MALFORMED, "file", e.getClass().getSimpleName());
        }
        if (file == null) {
            throw new CatalogException(Problem.MALFORMED, "file", "empty");
        }
        CatalogRules.check(file);
        return new Catalog(json, file);
    }

    /** "procedures[3].form.fields[1]" style path of where Jackson stopped. */
    private static String where(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            return sb.toString();
        }
        return e.getLocation() == null ? "file" : "line " + e.getLocation().getLineNr();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        items.forEach(i -> m.put(id.apply(i), i));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The exact bytes this catalogue was read from. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String version() {
        return file.version();
    }

    public LocalDate published() {
        return LocalDate.parse(file.published());
    }

    public String source() {
        return file.source() == null ? "" : file.source();
    }

    public List<Procedure> all() {
        return List.copyOf(procedures.values());
    }

    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    public List<LifeEvent> lifeEvents() {
        return List.copyOf(lifeEvents.values());
    }

    public Optional<Procedure> find(String id) {
        return Optional.ofNullable(procedures.get(id));
    }

    /**
     * The procedure's name in {@code language}; its id when this catalogue no longer has it (an
     * attention outlives the catalogue version it was served with).
     */
    public String procedureName(String id, String language) {
        return find(id).map(p -> p.name(language)).orElse(id);
    }

    public Entity entityOf(Procedure p) {
        return entities.get(p.entity());
    }

    public Optional<LifeEvent> lifeEvent(String id) {
        return Optional.ofNullable(lifeEvents.get(id));
    }

    /** What must be done before {@code p}, first steps first (a chain may be several deep). */
    public List<Procedure> chainOf(Procedure p) {
        List<Procedure> chain = new ArrayList<>();
        addChain(p, chain);
        return chain;
    }

    private void addChain(Procedure p, List<Procedure> chain) {
        for (String id : p.requiresFirst()) {
            Procedure before = procedures.get(id);
            if (before != null && !chain.contains(before)) {
                addChain(before, chain);
                chain.add(before);
            }
        }
    }

    /**
     * Procedures matching {@code query} (all when blank), within {@code entity} and {@code lifeEvent}
     * when given (null = any), most used here first, then by the catalogue's popularity, then by name.
     */
    public List<Procedure> search(String query, String language, Map<String, Integer> usage) {
        return search(query, null, null, language, usage);
    }

    public List<Procedure> search(String query, String entity, String lifeEvent, String language,
                                  Map<String, Integer> usage) {
        String[] words = fold(query == null ? "" : query).split("\\s+");
        Comparator<Procedure> order = Comparator
                .comparingInt((Procedure p) -> -usage.getOrDefault(p.id(), 0))
                .thenComparingInt(p -> -p.popularity())
                .thenComparing(p -> fold(p.name(language)));
        return procedures.values().stream()
                .filter(p -> entity == null || p.entity().equals(entity))
                .filter(p -> lifeEvent == null || p.lifeEvents().contains(lifeEvent))
                .filter(p -> matches(haystacks.get(p.id()), words))
                .sorted(order)
                .toList();
    }

    /** The procedures a point of {@code type} offers on {@code day}, as a catalogue of its own. */
    public Set<String> offeredAt(PointType type, LocalDate day) {
        return procedures.values().stream().filter(p -> p.offeredAt(type, day)).map(Procedure::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean matches(String haystack, String[] words) {
        for (String w : words) {
            if (!w.isEmpty() && !haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private String haystack(Procedure p) {
        Entity e = entities.get(p.entity());
        List<String> parts = new ArrayList<>(p.name().byLanguage().values());
        parts.addAll(p.synonyms().all());
        parts.add(e.acronym());
        parts.addAll(e.name() == null ? List.of() : e.name().byLanguage().values());
        for (String le : p.lifeEvents()) {
            parts.add(le);
            lifeEvent(le).ifPresent(l -> parts.addAll(l.name().byLanguage().values()));
        }
        return fold(String.join(" ", parts));
    }

    /** Lower case without accents, so "reniec", "RENIEC" and "Renièc" all match. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }
}
