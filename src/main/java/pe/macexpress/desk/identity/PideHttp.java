package pe.macexpress.desk.identity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import pe.macexpress.desk.security.TransportPolicy;

/**
 * The HTTP and JSON plumbing shared by the PIDE clients. One call, one bounded answer: a body over
 * {@link #MAX_BODY_BYTES} is cut, JSON nested deeper than {@link #MAX_DEPTH} is refused, and every
 * failure becomes a {@link IdentityResult#transportFailure} with a reason that names the kind of
 * failure only (never the URL, which in the GET form carries the credential).
 */
final class PideHttp {
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    static final int MAX_DEPTH = 32;

    private final OkHttpClient http;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final boolean httpsOnly;

    /** Either a parsed JSON object or the failure to report. */
    record Answer(JsonNode json, IdentityResult failure) {
    }

    PideHttp(OkHttpClient baseClient, Duration connectTimeout, Duration readTimeout, Clock clock) {
        this(baseClient, connectTimeout, readTimeout, clock, false);
    }

    /** @param httpsOnly production: a request to a plain http address (other than loopback) is never sent */
    PideHttp(OkHttpClient baseClient, Duration connectTimeout, Duration readTimeout, Clock clock, boolean httpsOnly) {
        this.clock = clock;
        this.httpsOnly = httpsOnly;
        this.http = baseClient.newBuilder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                // Bounds a server that drips bytes just under the read timeout.
                .callTimeout(connectTimeout.plus(readTimeout).plus(readTimeout))
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        this.mapper = mapper();
    }

    static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_BODY_BYTES)
                        .maxNumberLength(100)
                        .build())
                .build();
        return new ObjectMapper(factory);
    }

    ObjectMapper json() {
        return mapper;
    }

    Answer call(Request request) {
        if (!TransportPolicy.allowed(request.url().toString(), httpsOnly)) {
            // Issue 15: the credential and the DNI never travel in clear text in production.
            return fail("not https: refused in production");
        }
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                return fail("HTTP " + response.code());
            }
            ResponseBody body = response.body();
            if (body == null) {
                return fail("empty body");
            }
            byte[] bytes = readCapped(body.byteStream());
            if (bytes == null) {
                return fail("body larger than " + MAX_BODY_BYTES + " bytes (cut)");
            }
            String type = response.header("Content-Type", "");
            return parse(bytes, type == null ? "" : type);
        } catch (SocketTimeoutException e) {
            return fail("timeout");
        } catch (InterruptedIOException e) {
            // OkHttp's call timeout.
            return fail("timeout (call)");
        } catch (UnknownHostException e) {
            return fail("DNS: unknown host");
        } catch (ConnectException | NoRouteToHostException e) {
            return fail("connection refused");
        } catch (SSLException e) {
            return fail("TLS: " + e.getClass().getSimpleName());
        } catch (IOException e) {
            return fail("I/O: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            // Nothing a server sends may crash the counter.
            return fail("client: " + e.getClass().getSimpleName());
        }
    }

    Answer parse(byte[] bytes, String contentType) {
        int first = firstNonBlank(bytes);
        if (contentType.toLowerCase(java.util.Locale.ROOT).contains("html") || first == '<') {
            return fail("HTML page instead of JSON (captive portal?)");
        }
        if (first < 0) {
            return fail("empty body");
        }
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            return fail("JSON too deep or too long");
        } catch (IOException e) {
            return fail("malformed or truncated JSON");
        } catch (RuntimeException e) {
            return fail("unreadable JSON");
        }
        if (root == null || !root.isObject()) {
            return fail("answer is not a JSON object");
        }
        return new Answer(root, null);
    }

    private Answer fail(String reason) {
        return new Answer(null, IdentityResult.transportFailure(reason, clock.instant()));
    }

    private static int firstNonBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB
                    && (b & 0xff) != 0xBF) {
                return b & 0xff;
            }
        }
        return -1;
    }

    /** Reads at most MAX_BODY_BYTES; null when the body is larger (a 50 MB answer is cut, not read). */
    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    /** A scalar field as text, blank when missing, null or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? "" : v.asText("");
    }
}
