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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The project's own stand-in for PIDE: answers RENIEC's "Consultar" contract (POST JSON and the
 * older GET form) from the fictitious {@link Population}. Training mode runs it in-process on a free
 * loopback port; {@code sandbox --port N} runs it alone. It never touches real data.
 */
public final class SandboxServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Population population;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, byte[]> photos = new HashMap<>();

    private SandboxServer(HttpServer server, ExecutorService executor, Population population) {
        this.server = server;
        this.executor = executor;
        this.population = population;
    }

    /** Starts on loopback; port 0 picks a free one. */
    public static SandboxServer start(int port) throws IOException {
        return start(InetAddress.getLoopbackAddress(), port);
    }

    public static SandboxServer start(InetAddress address, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 0);
        ExecutorService exec = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "sandbox-http");
            t.setDaemon(true);
            return t;
        });
        SandboxServer sandbox = new SandboxServer(http, exec, Population.standard());
        http.createContext("/health", sandbox::health);
        http.createContext("/Rest/RENIEC/Consultar", sandbox::reniecPost);
        http.createContext("/Rest/Reniec/Consultar", sandbox::reniecGet);
        http.setExecutor(exec);
        http.start();
        return sandbox;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    public Population population() {
        return population;
    }

    private void health(HttpExchange ex) throws IOException {
        send(ex, 200, "application/json", "{\"status\":\"ok\",\"service\":\"macexpress-sandbox\"}");
    }

    private void reniecPost(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            send(ex, 405, "text/plain", "POST only");
            return;
        }
        JsonNode body;
        try {
            body = mapper.readTree(ex.getRequestBody().readNBytes(64 * 1024)).path("PIDE");
        } catch (IOException e) {
            sendJson(ex, consultar("1000", "Datos de entrada no válidos", null));
            return;
        }
        sendJson(ex, answer(body.path("nuDniConsulta").asText(""), body.path("nuDniUsuario").asText(""),
                body.path("nuRucUsuario").asText(""), body.path("password").asText("")));
    }

    private void reniecGet(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        sendJson(ex, answer(q.getOrDefault("nuDniConsulta", ""), q.getOrDefault("nuDniUsuario", ""),
                q.getOrDefault("nuRucUsuario", ""), q.getOrDefault("password", "")));
    }

    private ObjectNode answer(String dni, String user, String ruc, String password) {
        if (!TrainingData.CREDENTIALS.nuDniUsuario().equals(user)
                || !TrainingData.CREDENTIALS.nuRucUsuario().equals(ruc)
                || !TrainingData.CREDENTIALS.password().equals(password)) {
            return consultar("1001", "Credenciales no válidas", null);
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
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
