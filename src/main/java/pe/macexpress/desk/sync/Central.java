package pe.macexpress.desk.sync;

/**
 * Where the central is and the workstation's token. Held in memory and updated by enrollment, so
 * a new token applies to the next request without restarting. {@link #toString()} hides the token.
 */
public final class Central {
    private volatile String baseUrl;
    private volatile String token;
    private volatile String catalogKey = "";
    private volatile String bundleKey = "";
    private volatile boolean httpsOnly;

    public Central(String baseUrl, String token) {
        set(baseUrl, token);
    }

    public Central(String baseUrl, String token, String catalogKey) {
        set(baseUrl, token, catalogKey);
    }

    /** The central as the configuration names it: address, token and the keys pinned at enrollment. */
    public static Central configured(pe.macexpress.desk.config.DeskSettings settings) {
        Central c = new Central(settings.get(pe.macexpress.desk.config.ConfigKeys.SYNC_BASE_URL),
                settings.get(pe.macexpress.desk.config.ConfigKeys.SYNC_TOKEN),
                settings.get(pe.macexpress.desk.config.ConfigKeys.SYNC_CATALOG_KEY));
        c.pinBundleKey(settings.get(pe.macexpress.desk.config.ConfigKeys.SYNC_BUNDLE_KEY));
        c.httpsOnly(!settings.training());
        return c;
    }

    /**
     * In production the central is reached over https only (plain http only to this machine's
     * loopback): a workstation re-enrolled to an http address sends nothing there (issue 15).
     */
    public Central httpsOnly(boolean on) {
        this.httpsOnly = on;
        return this;
    }

    public boolean httpsOnly() {
        return httpsOnly;
    }

    public synchronized void set(String baseUrl, String token) {
        this.baseUrl = strip(baseUrl);
        this.token = token == null ? "" : token.strip();
    }

    /** Also pins the central's catalogue signing key (base64; blank: keep the one pinned). */
    public synchronized void set(String baseUrl, String token, String catalogKey) {
        set(baseUrl, token);
        if (catalogKey != null && !catalogKey.isBlank()) {
            this.catalogKey = catalogKey.strip();
        }
    }

    /** The central's catalogue signing key pinned at enrollment (base64); blank when none. */
    public String catalogKey() {
        return catalogKey;
    }

    /** Pins the central's X25519 key that USB bundles are sealed for (base64; blank: keep the one pinned). */
    public void pinBundleKey(String key) {
        if (key != null && !key.isBlank()) {
            this.bundleKey = key.strip();
        }
    }

    /** The central's bundle key pinned at enrollment (base64); blank when none. */
    public String bundleKey() {
        return bundleKey;
    }

    /** Without a trailing slash, e.g. {@code https://central.example}; blank when not configured. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The workstation's token: online requests carry it in a header, USB bundles sealed inside. Never log it. */
    public String token() {
        return token;
    }

    public boolean enrolled() {
        return !baseUrl.isEmpty() && !token.isEmpty();
    }

    /** The API root, {@code <baseUrl>/api/v1}. */
    public String api() {
        return baseUrl + "/api/v1";
    }

    private static String strip(String url) {
        String u = url == null ? "" : url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    @Override
    public String toString() {
        return "Central[" + baseUrl + (token.isEmpty() ? ", not enrolled]" : ", enrolled]");
    }
}
