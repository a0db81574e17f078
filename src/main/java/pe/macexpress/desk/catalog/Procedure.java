package pe.macexpress.desk.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A digitized procedure as the catalogue describes it. Texts are per language tag ("es", "qu");
 * a language the catalogue lacks falls back to Spanish.
 *
 * @param fee in soles; zero means free
 * @param popularity the catalogue's own ordering hint, used until this point has its own history
 * @param portalUrl the entity's online service, used when there is a connection (may be blank)
 */
public record Procedure(String id, Entity entity, Map<String, String> names, Map<String, List<String>> requirements,
                        BigDecimal fee, String lifeEvent, boolean followUp, int popularity, String portalUrl) {

    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("es", id));
    }

    public List<String> requirements(String language) {
        return requirements.getOrDefault(language, requirements.getOrDefault("es", List.of()));
    }

    public boolean isFree() {
        return fee.signum() == 0;
    }
}
