package pe.macexpress.desk.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.logging.Logger;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;

/**
 * Where and how to reach RENIEC through PIDE (or a gateway that speaks the same contract).
 *
 * @param baseUrl e.g. {@code https://ws2.pide.gob.pe} or the sandbox's {@code http://127.0.0.1:port}
 * @param form POST JSON (current) or GET with query parameters (older ws5 form)
 * @param credentials the credential triple; {@link PideCredentials#NONE} in gateway mode, where the
 *                    gateway adds it and the workstation never holds a PIDE password
 * @param httpsOnly production (issue 15): nothing is sent to PIDE but over https (plain http only to
 *                  this machine's loopback, where the sandbox runs)
 */
public record PideConfig(String baseUrl, RequestForm form, PideCredentials credentials,
                         Duration connectTimeout, Duration readTimeout, boolean httpsOnly) {

    /** Without the https-only rule (training, tests). */
    public PideConfig(String baseUrl, RequestForm form, PideCredentials credentials, Duration connectTimeout,
                      Duration readTimeout) {
        this(baseUrl, form, credentials, connectTimeout, readTimeout, false);
    }

    public enum RequestForm { POST, GET }

    /** {@code pide.mode}: talk to PIDE directly (with the credential) or to a gateway (without it). */
    public enum Mode { DIRECT, GATEWAY }

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);

    private static final Logger LOG = Logger.getLogger(PideConfig.class.getName());

    public PideConfig {
        Objects.requireNonNull(baseUrl);
        baseUrl = baseUrl.strip();
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        form = form == null ? RequestForm.POST : form;
        credentials = credentials == null ? PideCredentials.NONE : credentials;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
    }

    public Mode mode() {
        return credentials.isPresent() ? Mode.DIRECT : Mode.GATEWAY;
    }

    public PideConfig withBaseUrl(String url) {
        return new PideConfig(url, form, credentials, connectTimeout, readTimeout, httpsOnly);
    }

    public PideConfig withTimeouts(Duration connect, Duration read) {
        return new PideConfig(baseUrl, form, credentials, connect, read, httpsOnly);
    }

    public PideConfig withForm(RequestForm newForm) {
        return new PideConfig(baseUrl, newForm, credentials, connectTimeout, readTimeout, httpsOnly);
    }

    /** Other credentials ({@link PideCredentials#NONE}: none sent). */
    public PideConfig withCredentials(PideCredentials other) {
        return new PideConfig(baseUrl, form, other, connectTimeout, readTimeout, httpsOnly);
    }

    /** True when {@code url} names this configuration's PIDE address (a trailing slash and case forgiven). */
    public boolean sameAddress(String url) {
        return new PideConfig(url == null ? "" : url, form, PideCredentials.NONE, connectTimeout, readTimeout)
                .baseUrl().equalsIgnoreCase(baseUrl);
    }

    /** {@code pide.mode} of the configuration: "gateway" or (default) "direct". */
    public static Mode mode(DeskSettings settings) {
        return "gateway".equals(settings.get(ConfigKeys.PIDE_MODE)) ? Mode.GATEWAY : Mode.DIRECT;
    }

    /**
     * Reads {@code pide.baseUrl}, {@code pide.form} (post|get), {@code pide.mode} (direct|gateway),
     * {@code pide.nuDniUsuario}, {@code pide.nuRucUsuario}, {@code pide.password},
     * {@code pide.connectTimeoutMs}, {@code pide.readTimeoutMs}. In gateway mode any password in the
     * file is ignored (and a warning, without the value, says so): the workstation holds none.
     */
    public static PideConfig fromSettings(DeskSettings settings) {
        RequestForm form = "get".equals(settings.get(ConfigKeys.PIDE_FORM)) ? RequestForm.GET : RequestForm.POST;
        PideCredentials credentials;
        if (mode(settings) == Mode.GATEWAY) {
            if (settings.isSet(ConfigKeys.PIDE_PASSWORD)) {
                LOG.warning("pide.mode=gateway: pide.password in the configuration is ignored; remove it");
            }
            credentials = PideCredentials.NONE;
        } else {
            credentials = new PideCredentials(settings.get(ConfigKeys.PIDE_DNI_USUARIO),
                    settings.get(ConfigKeys.PIDE_RUC_USUARIO), settings.get(ConfigKeys.PIDE_PASSWORD));
        }
        return new PideConfig(settings.get(ConfigKeys.PIDE_BASE_URL), form, credentials,
                settings.get(ConfigKeys.PIDE_CONNECT_TIMEOUT), settings.get(ConfigKeys.PIDE_READ_TIMEOUT),
                !settings.training());
    }

    @Override
    public String toString() {
        return "PideConfig[" + baseUrl + " " + form + " " + mode() + " " + credentials + "]";
    }
}
