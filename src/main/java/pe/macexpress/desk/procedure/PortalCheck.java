package pe.macexpress.desk.procedure;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asks a portal's first page before the desk's browser shows it, so a failure is known and named
 * (no link, an HTTP error, too slow) instead of leaving the advisor before a blank or an error
 * page. Blocking: run it off the FX thread.
 */
@FunctionalInterface
public interface PortalCheck {

    /** What the portal's first page answered. */
    enum Result {
        REACHABLE,
        /** The server answered with a 4xx or 5xx status. */
        HTTP_ERROR,
        /** No connection at all: no route, refused, name not found, dropped. */
        UNREACHABLE,
        TIMEOUT
    }

    Result check(String url);

    /** A GET of the page (redirects followed), its body left unread, within {@code timeout}. */
    static PortalCheck http(OkHttpClient base, Duration timeout) {
        OkHttpClient http = base.newBuilder()
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .callTimeout(timeout)
                .retryOnConnectionFailure(false)
                .build();
        return url -> {
            Request request;
            try {
                request = new Request.Builder().url(url).get().build();
            } catch (IllegalArgumentException e) {
                return Result.UNREACHABLE;
            }
            try (Response r = http.newCall(request).execute()) {
                return r.code() >= 400 ? Result.HTTP_ERROR : Result.REACHABLE;
            } catch (InterruptedIOException e) {
                return Result.TIMEOUT;
            } catch (IOException e) {
                return Result.UNREACHABLE;
            }
        };
    }
}
