package pe.macexpress.desk.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where personal data and credentials may travel (issue 15): in production only over https to the
 * central, enrollment and PIDE; plain http only in training, or to this machine's own loopback
 * (the sandbox a test or a trainer starts beside the desk), which never crosses a network.
 */
public final class TransportPolicy {
    private TransportPolicy() {
    }

    /** True when {@code url} may be called: https always; http only when not {@code httpsOnly} or to loopback. */
    public static boolean allowed(String url, boolean httpsOnly) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return true;
        }
        if (!scheme.equals("http")) {
            return false;
        }
        return !httpsOnly || loopback(uri.getHost());
    }

    /** A name or literal address of this machine's loopback interface (no name lookup is made). */
    static boolean loopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
