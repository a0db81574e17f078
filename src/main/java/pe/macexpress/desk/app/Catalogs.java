package pe.macexpress.desk.app;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.SettingStore;

/**
 * Which catalogue the counter serves: the one the central published last (downloaded by sync and
 * kept in the store), when it reads as a catalogue with procedures; otherwise the bundled one.
 */
public final class Catalogs {
    private static final Logger LOG = Logger.getLogger(Catalogs.class.getName());

    private Catalogs() {
    }

    public static Catalog inUse(SettingStore settings) {
        return downloaded(settings).orElseGet(Catalog::bundled);
    }

    static Optional<Catalog> downloaded(SettingStore settings) {
        Optional<String> json = settings.get(Setting.CATALOG_JSON);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            Catalog c = Catalog.parse(json.get().getBytes(StandardCharsets.UTF_8));
            return c.all().isEmpty() ? Optional.empty() : Optional.of(c);
        } catch (pe.macexpress.desk.catalog.CatalogException | RuntimeException e) {
            LOG.warning("the catalogue downloaded from the central is not usable; the bundled one is served ("
                    + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
    }
}
