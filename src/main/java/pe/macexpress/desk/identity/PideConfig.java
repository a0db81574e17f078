package pe.macexpress.desk.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach RENIEC through PIDE (or a gateway that speaks the same contract).
 *
 * @param baseUrl e.g. {@code https://ws2.pide.gob.pe} or the sandbox's {@code http://127.0.0.1:port}
 * @param form POST JSON (current) or GET with query parameters (older ws5 form)
 */
public record PideConfig(String baseUrl, RequestForm form, PideCredentials credentials,
                         Duration connectTimeout, Duration readTimeout) {

    public enum RequestForm { POST, GET }

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);

    public PideConfig {
        Objects.requireNonNull(baseUrl);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        form = form == null ? RequestForm.POST : form;
        credentials = credentials == null ? PideCredentials.NONE : credentials;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    }

    public static PideConfig of(String baseUrl, PideCredentials credentials) {
        return new PideConfig(baseUrl, RequestForm.POST, credentials, null, null);
    }
}
