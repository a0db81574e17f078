package pe.macexpress.desk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.SettingStore;
import pe.macexpress.desk.store.Store;

/**
 * The catalogue this desk serves, and how a new one arrives: from the central during sync, or from
 * a USB file on a PIAS that never sees a link. A new catalogue is checked whole (signature by the
 * pinned central key, then every rule of the format) before it replaces the one in use; a refused
 * one changes nothing. Screens pick the new one up between visits (listeners), never during one.
 *
 * <p>Blocking (SQLite, files): call it off the FX thread.
 */
public final class CatalogService {
    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());

    /** Where the catalogue in use came from. */
    public enum Source {
        BUNDLED, CENTRAL, FILE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String messageKey() {
            return "catalog.source." + code();
        }
    }

    /** What {@code catalog [--json]} and the supervisor show. */
    public record Status(String version, String published, int procedures, int entities, Source source,
                         Instant installedAt, String keyId, Refusal lastRefusal) {
    }

    /** The last catalogue refused, and why (never silent: sync and the command line show it). */
    public record Refusal(CatalogException.Problem problem, String entry, Source source, Instant at) {
    }

    private record Installed(Catalog catalog, Source source, Instant at, byte[] envelope) {
    }

    private final Store store;
    private final SettingStore settings;
    private final Supplier<String> pinnedKey;
    private final Clock clock;
    private final Catalog bundled;
    private final List<Consumer<Catalog>> listeners = new CopyOnWriteArrayList<>();
    private volatile Installed current;
    private volatile Refusal lastRefusal;

    /**
     * @param pinnedKey the central's catalogue key (base64), pinned at enrollment or by the installer;
     *                  blank when none: then only the bundled catalogue can be used
     */
    public CatalogService(Store store, Supplier<String> pinnedKey, Clock clock) {
        this.store = store;
        this.settings = store.settings();
        this.pinnedKey = pinnedKey;
        this.clock = clock;
        this.bundled = Catalog.bundled();
        this.current = loadKept();
        this.lastRefusal = settings.get(Setting.CATALOG_REFUSED).flatMap(CatalogService::refusal).orElse(null);
    }

    private static Optional<Refusal> refusal(String kept) {
        String[] p = kept.split("\\|", 4);
        try {
            return p.length < 4 ? Optional.empty() : Optional.of(new Refusal(CatalogException.Problem.valueOf(p[0]),
                    p[1], Source.valueOf(p[2]), Instant.parse(p[3])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void refused(CatalogException e, Source source) {
        Refusal r = new Refusal(e.problem(), e.entry(), source, clock.instant());
        lastRefusal = r;
        settings.put(Setting.CATALOG_REFUSED, String.join("|", r.problem().name(), r.entry().replace('|', '/'),
                r.source().name(), r.at().toString()));
        LOG.warning("catalogue from " + source.code() + " refused: " + e.getMessage());
    }

    /** The catalogue kept from an earlier install, checked again; the bundled one when none is usable. */
    private Installed loadKept() {
        Optional<String> kept = settings.get(Setting.CATALOG_JSON).filter(s -> !s.isBlank());
        if (kept.isPresent()) {
            byte[] envelope = kept.get().getBytes(StandardCharsets.UTF_8);
            try {
                Catalog c = SignedCatalog.read(envelope).open(pinned(), bundled);
                Source source = settings.get(Setting.CATALOG_SOURCE).map(s -> Source.valueOf(s.toUpperCase(Locale.ROOT)))
                        .orElse(Source.CENTRAL);
                return new Installed(c, source, settings.instant(Setting.CATALOG_INSTALLED_AT).orElse(null), envelope);
            } catch (CatalogException | RuntimeException e) {
                // An older desk kept the plain JSON here, or the pinned key changed: the bundled one serves.
                LOG.warning("the kept catalogue is not usable; the bundled one is served (" + e.getMessage() + ")");
            }
        }
        return new Installed(bundled, Source.BUNDLED, null, null);
    }

    private PublicKey pinned() {
        String key = pinnedKey.get();
        return key == null || key.isBlank() ? null : CatalogSignature.publicKey(key);
    }

    public Catalog current() {
        return current.catalog();
    }

    public Source source() {
        return current.source();
    }

    public Status status() {
        Installed now = current;
        String keyId;
        try {
            PublicKey k = pinned();
            keyId = k == null ? "" : CatalogSignature.keyId(k);
        } catch (IllegalArgumentException e) {
            keyId = "";
        }
        return new Status(now.catalog().version(), now.catalog().published().toString(), now.catalog().all().size(),
                now.catalog().entities().size(), now.source(), now.at(), keyId, lastRefusal);
    }

    /** Called with each newly installed catalogue, on the installing thread. */
    public void addListener(Consumer<Catalog> listener) {
        listeners.add(listener);
    }

    /**
     * Checks and installs a signed catalogue; on any refusal the catalogue in use stays.
     *
     * @return the catalogue now in use
     */
    public synchronized Catalog install(byte[] envelope, Source source) throws CatalogException {
        Catalog c;
        try {
            SignedCatalog signed = SignedCatalog.read(envelope);
            if (source == Source.CENTRAL && !signed.isSigned()) {
                // Only a USB file may take a desk back to the bundled catalogue; a network answer never.
                throw new CatalogException(CatalogException.Problem.SIGNATURE, "file", "unsigned catalogue from the network");
            }
            c = signed.open(pinned(), bundled);
            Catalog now = current.catalog();
            if (c != bundled && now != bundled && c.published().isBefore(now.published())) {
                // A replayed or stale file must not take the counter back to an older offer.
                throw new CatalogException(CatalogException.Problem.INVALID, "published",
                        "older (" + c.published() + ") than the catalogue in use (" + now.published() + ")");
            }
        } catch (CatalogException e) {
            refused(e, source);
            throw e;
        } catch (IllegalArgumentException e) {
            CatalogException bad = new CatalogException(CatalogException.Problem.SIGNATURE, "sync.catalogKey",
                    "the pinned catalogue key is not an Ed25519 key");
            refused(bad, source);
            throw bad;
        }
        Instant at = clock.instant();
        boolean isBundled = c == bundled;
        store.write(tx -> {
            settings.put(tx, Setting.CATALOG_JSON, isBundled ? "" : new String(envelope, StandardCharsets.UTF_8));
            settings.put(tx, Setting.CATALOG_SOURCE, isBundled ? Source.BUNDLED.code() : source.code());
            settings.put(tx, Setting.CATALOG_INSTALLED_AT, at.toString());
            settings.put(tx, Setting.CATALOG_REFUSED, "");
            return null;
        });
        current = new Installed(c, isBundled ? Source.BUNDLED : source, at, isBundled ? null : envelope.clone());
        lastRefusal = null;
        LOG.info("catalogue " + c.version() + " installed from " + source.code() + " (" + c.all().size() + " procedures)");
        listeners.forEach(l -> l.accept(c));
        return c;
    }

    /** For sync: installs what the central published; a refusal is recorded (see {@link Status#lastRefusal()}). */
    public pe.macexpress.desk.sync.CatalogSink sink() {
        return envelope -> {
            try {
                install(envelope, Source.CENTRAL);
                return true;
            } catch (CatalogException e) {
                return false;
            }
        };
    }

    /** {@code catalog --import FILE}: a signed catalogue carried on a USB stick. */
    public Catalog importFile(Path file) throws CatalogException, IOException {
        byte[] envelope;
        try (InputStream in = Files.newInputStream(file)) {
            envelope = in.readNBytes(SignedCatalog.MAX_BYTES + 1);
        }
        return install(envelope, Source.FILE);
    }

    /** {@code catalog --export FILE}: the catalogue in use, in the format {@link #importFile} reads. */
    public void exportTo(Path file) throws IOException {
        Installed now = current;
        byte[] bytes = now.envelope() != null ? now.envelope() : SignedCatalog.bundled(bundled).toBytes();
        Path parent = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".catalog-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
