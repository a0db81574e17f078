package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Lists of texts per language (requirements, search synonyms); Spanish is the fallback. */
public record TextLists(Map<String, List<String>> byLanguage) {

    @JsonCreator
    public TextLists {
        byLanguage = byLanguage == null ? Map.of()
                : byLanguage.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        e -> e.getValue() == null ? List.of() : List.copyOf(e.getValue())));
    }

    public static TextLists empty() {
        return new TextLists(Map.of());
    }

    public List<String> in(String language) {
        List<String> l = byLanguage.get(language);
        return l != null && !l.isEmpty() ? l : byLanguage.getOrDefault(Texts.FALLBACK, List.of());
    }

    /** Every text in every language: what search looks through. */
    public List<String> all() {
        return byLanguage.values().stream().flatMap(List::stream).toList();
    }

    @JsonValue
    public Map<String, List<String>> byLanguage() {
        return byLanguage;
    }
}
