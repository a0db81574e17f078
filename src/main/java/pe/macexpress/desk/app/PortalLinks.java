package pe.macexpress.desk.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.procedure.PortalCheck;

/**
 * Where the desk's browser may go for a portal procedure. In production: the catalogue's https
 * address, and only https pages after it. In training: the sandbox's look-alike page of the
 * procedure ({@code http://127.0.0.1:PORT/portal/ID}) and nothing else, so a course needs no
 * internet and never reaches a real entity. Built by the composition root, so the screens never
 * reach into the sandbox.
 */
public final class PortalLinks {
    private final String trainingBase;
    private final BooleanSupplier knownOffline;
    private final PortalCheck check;

    /**
     * @param trainingBase the sandbox's base URL in training mode; blank in production
     * @param knownOffline whether the last connectivity probe found no link (production only)
     * @param check asks a portal's first page before it is shown (blocking)
     */
    public PortalLinks(String trainingBase, BooleanSupplier knownOffline, PortalCheck check) {
        this.trainingBase = trainingBase == null ? "" : trainingBase.strip();
        this.knownOffline = knownOffline;
        this.check = check;
    }

    public boolean training() {
        return !trainingBase.isEmpty();
    }

    /** The address to open for {@code p}; empty when it has no (https) portal. */
    public Optional<String> addressOf(Procedure p) {
        if (training()) {
            return Optional.of(trainingBase + "/portal/" + p.id());
        }
        String url = p.portal();
        return url != null && isHttps(url) ? Optional.of(url.strip()) : Optional.empty();
    }

    /**
     * Whether the browser may show {@code url} while {@code p}'s portal is open. In training: the
     * look-alike pages only. In production: https, on the portal's own domain (an entity's portal
     * moves between its hosts: login, payment) or on the State's {@code gob.pe}; any other site a
     * page links to stays out of the desk.
     */
    public boolean allows(Procedure p, String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        if (training()) {
            return url.startsWith(trainingBase + "/portal/");
        }
        if (!isHttps(url)) {
            return false;
        }
        String host = host(url);
        String portalHost = p == null || p.portal() == null ? "" : host(p.portal());
        return host.equals("gob.pe") || host.endsWith(".gob.pe")
                || (!portalHost.isEmpty() && (host.equals(domain(portalHost)) || host.endsWith("." + domain(portalHost))));
    }

    private static String host(String url) {
        try {
            String h = new URI(url.strip()).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /** The registrable domain: "pagalo.pe", "bn.com.pe", "reniec.gob.pe" (Peru's second levels have three labels). */
    public static String domain(String host) {
        String[] labels = host.split("\\.");
        int keep = labels.length >= 3 && java.util.Set.of("com", "gob", "org", "edu", "net", "nom", "mil")
                .contains(labels[labels.length - 2]) ? 3 : 2;
        return labels.length <= keep ? host
                : String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }

    /** True when the desk already knows there is no link (production): no page is tried. */
    public boolean knownOffline() {
        return !training() && knownOffline.getAsBoolean();
    }

    /** Asks the page at {@code url}; blocking. */
    public PortalCheck.Result check(String url) {
        return check.check(url);
    }

    private static boolean isHttps(String url) {
        try {
            URI u = new URI(url.strip());
            return u.getScheme() != null && u.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    && u.getHost() != null && !u.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
