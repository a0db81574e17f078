package pe.macexpress.desk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import pe.macexpress.desk.central.CentralApi;
import pe.macexpress.desk.central.store.CentralStore;
import pe.macexpress.desk.core.DniCheck;

/**
 * The project's own stand-in for PIDE, answering from the fictitious {@link Population} only, with
 * the reference central ({@code central.CentralApi}) mounted beside it under {@code /api/v1}.
 * Training mode runs it in-process on a free loopback port; {@code sandbox --port N} runs it alone.
 *
 * <h2>Contracts</h2>
 * <ul>
 *   <li>RENIEC Consultar: {@code POST /Rest/RENIEC/Consultar?out=json} (JSON body) and the older
 *       {@code GET /Rest/Reniec/Consultar?nuDniConsulta=…&nuDniUsuario=…&nuRucUsuario=…&password=…};
 *       codes 0000, 0001 (minors), 0999 (unknown), 1000 (bad input), 1001 (credentials),
 *       1002 (password expired), 1003 (quota).</li>
 *   <li>RENIEC Actualizar: {@code POST /Rest/RENIEC/Actualizar?out=json}; the new password must have
 *       8+ characters and differ from the old one (else 1000); a wrong old password is 1001.</li>
 *   <li>MIGRACIONES: {@code GET /Rest/Migraciones/CarnetExtranjeria?…&strNumDocumento=…&strTipoDocumento=CE};
 *       answers {@code {"strNumRespuesta":…,"strNombres":…,"strPrimerApellido":…,"strSegundoApellido":…,
 *       "strCalidadMigratoria":…}}, codes 0000, 0001, 0006 (type not CE), 0007 (minor).</li>
 *   <li>Gateway: the same paths under {@code /gateway} act as an institutional gateway: they take no
 *       credential from the workstation and use the sandbox's own.</li>
 *   <li>Portals: {@code GET|POST /portal/{procedureId}}, look-alike pages of the entities' online
 *       services for training without internet ({@link PortalLookalike}).</li>
 * </ul>
 *
 * <h2>Faults, for tests and training</h2>
 * <ul>
 *   <li>{@code POST /sandbox/faults} with {@code {"kind":"CODE","code":"1003","delayMs":0,"times":1,
 *       "service":"RENIEC"}}: kinds CODE, DELAY, HTTP_500, HTML, TRUNCATED, HUGE, NESTED, NOT_JPEG, RESET
 *       (see {@link Fault}); {@code times} 0 = until cleared; {@code "service":"PORTAL"} aims it at the
 *       look-alike portal pages ({@link PortalLookalike}), which no other fault touches. Also {@code {"passwordExpired":true}}: the
 *       current password answers 1002 until changed through Actualizar.
 *       {@code DELETE /sandbox/faults} clears everything; {@code GET /sandbox/faults} shows the state.
 *       Issue 15: the path exists only in a sandbox started for tests ({@link Options#withFaultInjection()},
 *       {@code sandbox --fault-injection}) and needs {@code Authorization: Bearer <admin token>};
 *       training never has it. In-process: {@link #inject(Fault)}.</li>
 *   <li>Reserved DNIs (valid check digit, see {@link #reservedDni(Fault.Kind)} and
 *       {@link #reservedDniForCode(String)}): 9999000N → one fault each, e.g. {@code 99990001} answers
 *       1000, {@code 99990003} answers 1003, {@code 99990005} HTTP 500, {@code 99990006} a captive portal,
 *       {@code 99990007} truncated JSON, {@code 99990008} 50 MB, {@code 99990009} nesting bomb,
 *       {@code 99990010} a PNG photo, {@code 99990011} stalls 20 s, {@code 99990012} unknown code 7777,
 *       {@code 99990013} drops the connection.</li>
 *   <li>Reserved CEs: {@code 99900000N} answers strNumRespuesta 000N (2, 3, 5, 6).</li>
 * </ul>
 * A connection refused is shown by pointing the client at a closed port.
 */
public final class SandboxServer implements AutoCloseable {
    public static final long STALL_MS = 20_000;
    private static final int HUGE_BYTES = 50 * 1024 * 1024;

    private static final Map<String, String> RESERVED_CODE = new LinkedHashMap<>();
    private static final Map<Fault.Kind, String> RESERVED_FAULT = new EnumMap<>(Fault.Kind.class);

    /**
     * The JDK's HTTP server logs each request line at FINE: with the older GET form that line holds
     * the credential. Kept at INFO whatever the root level (held here so the setting is not collected).
     */
    private static final java.util.logging.Logger HTTPSERVER_LOG = java.util.logging.Logger.getLogger("com.sun.net.httpserver");

    static {
        HTTPSERVER_LOG.setLevel(java.util.logging.Level.INFO);
        RESERVED_CODE.put("99990001", "1000");
        RESERVED_CODE.put("99990002", "1002");
        RESERVED_CODE.put("99990003", "1003");
        RESERVED_CODE.put("99990004", "1001");
        RESERVED_CODE.put("99990012", "7777");
        RESERVED_FAULT.put(Fault.Kind.HTTP_500, "99990005");
        RESERVED_FAULT.put(Fault.Kind.HTML, "99990006");
        RESERVED_FAULT.put(Fault.Kind.TRUNCATED, "99990007");
        RESERVED_FAULT.put(Fault.Kind.HUGE, "99990008");
        RESERVED_FAULT.put(Fault.Kind.NESTED, "99990009");
        RESERVED_FAULT.put(Fault.Kind.NOT_JPEG, "99990010");
        RESERVED_FAULT.put(Fault.Kind.DELAY, "99990011");
        RESERVED_FAULT.put(Fault.Kind.RESET, "99990013");
    }

    private final HttpServer server;
    private final ConnectionGuard guard;
    private final Population population;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, byte[]> photos = new HashMap<>();
    private final AtomicInteger consultations = new AtomicInteger();
    private volatile String password = TrainingData.CREDENTIALS.password();
    private volatile boolean passwordExpired;
    private volatile Fault fault;
    private volatile int faultRemaining;
    private volatile boolean lastHadPassword;
    private final CentralApi central;
    private final PortalLookalike portals;

    private SandboxServer(HttpServer server, ConnectionGuard guard, Population population, CentralApi central) {
        this.server = server;
        this.guard = guard;
        this.population = population;
        this.central = central;
        this.portals = new PortalLookalike(pe.macexpress.desk.catalog.Catalog.bundled(), this::takePortalFault);
    }

    /** Starts on loopback; port 0 picks a free one. */
    public static SandboxServer start(int port) throws IOException {
        return start(InetAddress.getLoopbackAddress(), port);
    }

    public static SandboxServer start(InetAddress address, int port) throws IOException {
        return start(address, port, null);
    }

    /**
     * Also the reference sync central under {@code /api/v1} (see {@code api/sync-v1.yaml}), with its
     * own SQLite database: {@code centralDb} null keeps it in memory.
     */
    public static SandboxServer start(InetAddress address, int port, java.nio.file.Path centralDb) throws IOException {
        return start(address, port, centralDb, null);
    }

    /**
     * As {@link #start(InetAddress, int, java.nio.file.Path)} with the central's admin token chosen by
     * the operator ({@code sandbox --admin-token}); null draws a fresh one. A token under 16
     * characters is refused (IllegalArgumentException) before anything listens.
     */
    public static SandboxServer start(InetAddress address, int port, java.nio.file.Path centralDb, String adminToken)
            throws IOException {
        return start(new Options(address, port, centralDb, adminToken, false, ConnectionGuard.Limits.standard()));
    }

    /**
     * How a sandbox starts (issue 15).
     *
     * @param centralDb      the central's database; null keeps it in memory
     * @param adminToken     the central's admin token; null draws a fresh one
     * @param faultInjection whether {@code /sandbox/faults} and {@code /api/v1/admin/faults} exist (tests
     *                       only; both need the admin token). Training never has them; in-process
     *                       {@link #inject(Fault)} works either way
     * @param limits         timeouts and caps of the connections
     */
    public record Options(InetAddress address, int port, java.nio.file.Path centralDb, String adminToken,
                          boolean faultInjection, ConnectionGuard.Limits limits) {
        /** On loopback, in memory, a fresh admin token, no fault injection over HTTP, standard limits. */
        public static Options loopback(int port) {
            return new Options(InetAddress.getLoopbackAddress(), port, null, null, false,
                    ConnectionGuard.Limits.standard());
        }

        /** The same, for tests that inject faults over HTTP. */
        public Options withFaultInjection() {
            return new Options(address, port, centralDb, adminToken, true, limits);
        }

        public Options withLimits(ConnectionGuard.Limits l) {
            return new Options(address, port, centralDb, adminToken, faultInjection, l);
        }

        public Options withAdminToken(String token) {
            return new Options(address, port, centralDb, token, faultInjection, limits);
        }

        public Options withCentralDb(java.nio.file.Path db) {
            return new Options(address, port, db, adminToken, faultInjection, limits);
        }
    }

    public static SandboxServer start(Options o) throws IOException {
        CentralStore store = CentralStore.open(o.centralDb());
        CentralApi central;
        HttpServer real;
        try {
            central = CentralApi.reference(store, o.adminToken());
            real = HttpServer.create(new InetSocketAddress(o.address(), o.port()), 0);
        } catch (IOException | RuntimeException e) {
            store.close(); // a refused token or a port in use leaves no database open
            throw e;
        }
        if (o.faultInjection()) {
            central.enableFaultInjection();
        }
        ConnectionGuard guard = new ConnectionGuard(o.limits());
        HttpServer http = guard.guarded(real);
        central.register(http);
        SandboxServer sandbox = new SandboxServer(real, guard, Population.standard(), central);
        http.createContext("/health", sandbox::health);
        if (o.faultInjection()) {
            http.createContext("/sandbox/faults", sandbox::faults);
        }
        sandbox.portals.register(http);
        for (String prefix : new String[] {"", "/gateway"}) {
            boolean gateway = !prefix.isEmpty();
            http.createContext(prefix + "/Rest/RENIEC/Consultar", ex -> sandbox.guard(ex, () -> sandbox.reniecPost(ex, gateway)));
            http.createContext(prefix + "/Rest/Reniec/Consultar", ex -> sandbox.guard(ex, () -> sandbox.reniecGet(ex, gateway)));
            http.createContext(prefix + "/Rest/RENIEC/Actualizar", ex -> sandbox.guard(ex, () -> sandbox.actualizar(ex)));
            http.createContext(prefix + "/Rest/Migraciones/CarnetExtranjeria",
                    ex -> sandbox.guard(ex, () -> sandbox.migraciones(ex)));
        }
        real.setExecutor(guard.executor());
        real.start();
        return sandbox;
    }

    /** The guard of this sandbox's connections (deadlines cut, clients refused), for tests. */
    public ConnectionGuard connections() {
        return guard;
    }

    /** A DNI with a valid check digit whose consultation shows {@code kind}. */
    public static String reservedDni(Fault.Kind kind) {
        String dni = RESERVED_FAULT.get(kind);
        if (dni == null) {
            throw new IllegalArgumentException("no reserved DNI for " + kind);
        }
        return dni;
    }

    /** A DNI answered with {@code code} (1000, 1001, 1002, 1003, 7777). */
    public static String reservedDniForCode(String code) {
        return RESERVED_CODE.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no reserved DNI for " + code));
    }

    /** The sync central's database: codes, tokens, stored records, changes to pull. */
    public CentralStore central() {
        return central.store();
    }

    /** Enrolls a workstation with the central mounted here (training mode); returns its token. */
    public String enroll(String workstationId) {
        return central.store().enroll(central.store().issueCode(workstationId), workstationId)
                .orElseThrow(() -> new IllegalStateException("a fresh code was refused"));
    }

    /** The key this sandbox's central signs catalogues with (base64): training desks pin it. */
    public String catalogKey() {
        return central.catalogKey();
    }

    /** The key USB bundles for this sandbox's central are sealed for (base64): training desks pin it. */
    public String bundleKey() {
        return central.bundleKey();
    }

    /** The practice central's admin token (training plays the entity with it). */
    public String adminToken() {
        return centralApi().adminToken();
    }

    /** The reference central mounted here (e.g. to accept a record kind a test adds). */
    public CentralApi centralApi() {
        return central;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    public String gatewayUrl() {
        return baseUrl() + "/gateway";
    }

    public Population population() {
        return population;
    }

    /** The look-alike portal pages ({@code /portal/{procedureId}}); tell it which catalogue is served. */
    public PortalLookalike portals() {
        return portals;
    }

    /** Consultations received (RENIEC and MIGRACIONES), for tests of retries and the circuit breaker. */
    public int consultations() {
        return consultations.get();
    }

    /** Whether the last consultation carried a password (false through the gateway). */
    public boolean lastRequestHadPassword() {
        return lastHadPassword;
    }

    public synchronized void inject(Fault f) {
        fault = f;
        faultRemaining = f.times();
    }

    public synchronized void clearFaults() {
        fault = null;
        faultRemaining = 0;
        passwordExpired = false;
    }

    public void expirePassword() {
        passwordExpired = true;
    }

    /** A fault meant for the portal pages only: one injected for every service leaves them alone. */
    private synchronized Fault takePortalFault(String service) {
        Fault f = fault;
        return f != null && f.service().equals(service) ? takeFault(service) : null;
    }

    /** The fault to apply to this consultation of {@code service}, consuming one use; null for none. */
    private synchronized Fault takeFault(String service) {
        Fault f = fault;
        if (f == null || !f.appliesTo(service)) {
            return null;
        }
        if (f.times() > 0) {
            if (--faultRemaining <= 0) {
                fault = null;
            }
        }
        return f;
    }

    private interface Handler {
        void handle() throws IOException;
    }

    private void guard(HttpExchange ex, Handler h) throws IOException {
        try {
            h.handle();
        } catch (IOException e) {
            // The client went away (timeout, cut body): nothing to answer.
        } finally {
            ex.close();
        }
    }

    private void health(HttpExchange ex) throws IOException {
        send(ex, 200, "application/json", "{\"status\":\"ok\",\"service\":\"macexpress-sandbox\"}");
    }

    private void faults(HttpExchange ex) throws IOException {
        // Issue 15: even where it exists (started for tests), only the admin token changes faults.
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !java.security.MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + central.adminToken()).getBytes(StandardCharsets.UTF_8))) {
            try (ex) {
                send(ex, 401, "application/json", "{\"error\":\"unauthorized\"}");
            }
            return;
        }
        switch (ex.getRequestMethod()) {
            case "DELETE" -> {
                clearFaults();
                send(ex, 200, "application/json", "{\"faults\":\"cleared\"}");
            }
            case "POST" -> {
                try {
                    JsonNode body = mapper.readTree(ex.getRequestBody().readNBytes(16 * 1024));
                    if (body.path("passwordExpired").asBoolean(false)) {
                        expirePassword();
                    }
                    if (body.hasNonNull("kind")) {
                        inject(new Fault(Fault.Kind.parse(body.path("kind").asText()), body.path("code").asText(""),
                                body.path("delayMs").asLong(0), body.path("times").asInt(0),
                                body.path("service").asText("")));
                    }
                    send(ex, 200, "application/json", state());
                } catch (IOException | IllegalArgumentException e) {
                    send(ex, 400, "application/json", "{\"error\":\"bad fault\"}");
                }
            }
            case "GET" -> send(ex, 200, "application/json", state());
            default -> send(ex, 405, "text/plain", "GET, POST or DELETE");
        }
    }

    private synchronized String state() throws IOException {
        ObjectNode n = mapper.createObjectNode();
        Fault f = fault;
        n.put("kind", f == null ? null : f.kind().name());
        n.put("code", f == null ? null : f.code());
        n.put("delayMs", f == null ? 0 : f.delayMs());
        n.put("remaining", f == null ? 0 : faultRemaining);
        n.put("passwordExpired", passwordExpired);
        return mapper.writeValueAsString(n);
    }

    /**
     * The {@code PIDE} object of a POST body, or null once the answer is sent: 405 for another
     * method, {@code invalidInput} (PIDE's code 1000) for a body that is not JSON.
     */
    private JsonNode pideBody(HttpExchange ex, java.util.function.Supplier<JsonNode> invalidInput) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            send(ex, 405, "text/plain", "POST only");
            return null;
        }
        try {
            return mapper.readTree(ex.getRequestBody().readNBytes(64 * 1024)).path("PIDE");
        } catch (IOException e) {
            sendJson(ex, invalidInput.get());
            return null;
        }
    }

    private void reniecPost(HttpExchange ex, boolean gateway) throws IOException {
        JsonNode body = pideBody(ex, () -> consultar("1000", "Datos de entrada no válidos", null));
        if (body == null) {
            return;
        }
        reniec(ex, gateway, body.path("nuDniConsulta").asText(""), body.path("nuDniUsuario").asText(""),
                body.path("nuRucUsuario").asText(""), body.path("password").asText(""));
    }

    private void reniecGet(HttpExchange ex, boolean gateway) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        reniec(ex, gateway, q.getOrDefault("nuDniConsulta", ""), q.getOrDefault("nuDniUsuario", ""),
                q.getOrDefault("nuRucUsuario", ""), q.getOrDefault("password", ""));
    }

    private void reniec(HttpExchange ex, boolean gateway, String dni, String user, String ruc, String pw)
            throws IOException {
        consultations.incrementAndGet();
        lastHadPassword = !pw.isEmpty();
        if (gateway) {
            // The gateway holds the credential: what the workstation sent (nothing, we hope) is replaced.
            user = TrainingData.CREDENTIALS.nuDniUsuario();
            ruc = TrainingData.CREDENTIALS.nuRucUsuario();
            pw = password;
        }
        Fault f = takeFault("RENIEC");
        if (f == null && RESERVED_FAULT.containsValue(dni)) {
            Fault.Kind kind = RESERVED_FAULT.entrySet().stream().filter(e -> e.getValue().equals(dni))
                    .findFirst().orElseThrow().getKey();
            f = kind == Fault.Kind.DELAY ? Fault.delay(STALL_MS) : Fault.of(kind);
        }
        if (f == null && RESERVED_CODE.containsKey(dni)) {
            f = Fault.code(RESERVED_CODE.get(dni));
        }
        if (f != null && applyTransportFault(ex, f)) {
            return;
        }
        ObjectNode answer = f != null && f.kind() == Fault.Kind.CODE
                ? consultar(f.code(), "Respuesta simulada " + f.code(), null)
                : answer(dni, user, ruc, pw);
        if (f != null && f.kind() == Fault.Kind.NOT_JPEG && answer.at("/consultarResponse/return/datosPersona").isObject()) {
            ((ObjectNode) answer.at("/consultarResponse/return/datosPersona")).put("foto",
                    Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        } else if (f != null && f.kind() == Fault.Kind.NOT_JPEG) {
            answer = consultar("0000", "Consulta realizada correctamente", notJpegPerson());
        }
        sendJson(ex, answer);
    }

    private ObjectNode notJpegPerson() {
        ObjectNode p = mapper.createObjectNode();
        p.put("apPrimer", "PRUEBA");
        p.put("prenombres", "FOTO NO JPEG");
        p.put("foto", Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        return p;
    }

    /** Applies delays and transport faults; true when the answer was already sent (or dropped). */
    private boolean applyTransportFault(HttpExchange ex, Fault f) throws IOException {
        if (!f.waitDelay()) {
            return true;
        }
        switch (f.kind()) {
            case HTTP_500 -> send(ex, 500, "text/html", "<html><body><h1>500 Internal Server Error</h1></body></html>");
            case HTML -> send(ex, 200, "text/html; charset=utf-8",
                    "<!DOCTYPE html><html><head><title>Wi-Fi</title></head><body><form>Acepte los términos"
                            + " para navegar</form></body></html>");
            case TRUNCATED -> {
                String full = "{\"consultarResponse\":{\"return\":{\"coResultado\":\"0000\",\"deResultado\":\"Consulta"
                        + " realizada correctamente\",\"datosPersona\":{\"apPrimer\":\"TRUNC";
                send(ex, 200, "application/json", full);
            }
            case HUGE -> {
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write("{\"consultarResponse\":{\"return\":{\"coResultado\":\"0000\",\"deResultado\":\""
                            .getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) 'A');
                    for (int written = 0; written < HUGE_BYTES; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write("\"}}}".getBytes(StandardCharsets.US_ASCII));
                }
            }
            case NESTED -> {
                int depth = 100_000;
                StringBuilder sb = new StringBuilder(depth * 2 + 64);
                sb.append("{\"consultarResponse\":{\"return\":{\"coResultado\":\"0000\",\"x\":");
                sb.append("[".repeat(depth)).append("]".repeat(depth)).append("}}}");
                send(ex, 200, "application/json", sb.toString());
            }
            case RESET -> {
                // Close without a status line: the client sees the connection dropped.
                ex.close();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private ObjectNode answer(String dni, String user, String ruc, String pw) {
        if (!TrainingData.CREDENTIALS.nuDniUsuario().equals(user)
                || !TrainingData.CREDENTIALS.nuRucUsuario().equals(ruc)
                || !password.equals(pw)) {
            return consultar("1001", "Credenciales no válidas", null);
        }
        if (passwordExpired) {
            return consultar("1002", "La contraseña ha caducado, debe actualizarla", null);
        }
        if (!dni.matches("[0-9]{8}")) {
            return consultar("1000", "Datos de entrada no válidos", null);
        }
        return population.find(dni)
                .map(c -> c.minor()
                        ? consultar("0001", "DNI corresponde a un menor de edad", person(c, false))
                        : consultar("0000", "Consulta realizada correctamente", person(c, true)))
                .orElseGet(() -> consultar("0999", "No se encontraron datos", null));
    }

    private void actualizar(HttpExchange ex) throws IOException {
        JsonNode body = pideBody(ex, () -> actualizarAnswer("1000", "Datos de entrada no válidos"));
        if (body == null) {
            return;
        }
        String old = body.path("credencialAnterior").asText("");
        String next = body.path("credencialNueva").asText("");
        synchronized (this) {
            if (!TrainingData.CREDENTIALS.nuDniUsuario().equals(body.path("nuDni").asText(""))
                    || !TrainingData.CREDENTIALS.nuRucUsuario().equals(body.path("nuRuc").asText(""))
                    || !password.equals(old)) {
                sendJson(ex, actualizarAnswer("1001", "Credenciales no válidas"));
                return;
            }
            if (next.length() < 8 || next.equals(old)) {
                sendJson(ex, actualizarAnswer("1000", "La nueva contraseña no cumple las reglas"));
                return;
            }
            password = next;
            passwordExpired = false;
        }
        sendJson(ex, actualizarAnswer("0000", "Credencial actualizada correctamente"));
    }

    private ObjectNode actualizarAnswer(String code, String message) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode ret = root.putObject("actualizarcredencialResponse").putObject("return");
        ret.put("coResultado", code);
        ret.put("deResultado", message);
        return root;
    }

    private void migraciones(HttpExchange ex) throws IOException {
        consultations.incrementAndGet();
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String number = q.getOrDefault("strNumDocumento", "");
        Fault f = takeFault("MIGRACIONES");
        if (f != null && applyTransportFault(ex, f)) {
            return;
        }
        ObjectNode n = mapper.createObjectNode();
        if (f != null && f.kind() == Fault.Kind.CODE) {
            n.put("strNumRespuesta", f.code());
        } else if (!"CE".equalsIgnoreCase(q.getOrDefault("strTipoDocumento", ""))) {
            n.put("strNumRespuesta", "0006");
        } else if (number.matches("99900000[0-9]")) {
            n.put("strNumRespuesta", "000" + number.charAt(8));
        } else {
            population.findCe(number).ifPresentOrElse(p -> {
                n.put("strNumRespuesta", p.minor() ? "0007" : "0000");
                n.put("strNombres", p.givenNames());
                n.put("strPrimerApellido", p.firstSurname());
                n.put("strSegundoApellido", p.secondSurname() + " ");
                n.put("strCalidadMigratoria", p.calidadMigratoria());
            }, () -> n.put("strNumRespuesta", "0001"));
        }
        sendJson(ex, n);
    }

    private ObjectNode person(FictitiousCitizen c, boolean full) {
        ObjectNode p = mapper.createObjectNode();
        p.put("apPrimer", c.firstSurname());
        p.put("apSegundo", c.secondSurname());
        p.put("prenombres", c.givenNames());
        if (full) {
            p.put("direccion", c.address());
            p.put("estadoCivil", c.civilStatus());
            p.put("ubigeo", c.place());
            p.put("restriccion", c.restriction());
            p.put("foto", Base64.getEncoder().encodeToString(photo(c.dni())));
        }
        return p;
    }

    private synchronized byte[] photo(String dni) {
        return photos.computeIfAbsent(dni, d -> PhotoPlaceholder.jpeg(d.hashCode() & 0x7fffffff));
    }

    private ObjectNode consultar(String code, String message, ObjectNode person) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode ret = root.putObject("consultarResponse").putObject("return");
        ret.put("coResultado", code);
        ret.put("deResultado", message);
        if (person != null) {
            ret.set("datosPersona", person);
        }
        return root;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> map = new HashMap<>();
        if (raw == null) {
            return map;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    private void sendJson(HttpExchange ex, JsonNode json) throws IOException {
        send(ex, 200, "application/json; charset=utf-8", mapper.writeValueAsString(json));
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        guard.close();
        central.store().close();
    }
}
