package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * One text of the catalogue in each language it was written in, by language tag ("es", "qu", "ay").
 * Spanish is always present: a language the catalogue lacks falls back to it.
 */
public record Texts(Map<String, String> byLanguage) {
    public static final String FALLBACK = "es";

    @JsonCreator
    public Texts {
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
    }

    public String in(String language) {
        String t = byLanguage.get(language);
        return t != null && !t.isBlank() ? t : byLanguage.getOrDefault(FALLBACK, "");
    }

    @JsonValue
    public Map<String, String> byLanguage() {
        return byLanguage;
    }
}
