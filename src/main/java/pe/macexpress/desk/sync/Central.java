package pe.macexpress.desk.sync;

/**
 * Where the central is and the workstation's token. Held in memory and updated by enrollment, so
 * a new token applies to the next request without restarting. {@link #toString()} hides the token.
 */
public final class Central {
    private volatile String baseUrl;
    private volatile String token;

    public Central(String baseUrl, String token) {
        set(baseUrl, token);
    }

    public synchronized void set(String baseUrl, String token) {
        this.baseUrl = strip(baseUrl);
        this.token = token == null ? "" : token.strip();
    }

    /** Without a trailing slash, e.g. {@code https://central.example}; blank when not configured. */
    public String baseUrl() {
        return baseUrl;
    }

    String token() {
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
