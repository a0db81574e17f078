package pe.macexpress.desk.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Channel;

/**
 * Look-alike pages of the entities' portals, so training and tests serve a portal procedure with no
 * internet: {@code GET /portal/{procedureId}} shows a plain form titled like the entity's service
 * (DNI, names), and {@code POST /portal/{procedureId}} answers a page with an operation number
 * ("N.º de operación: 12345678") that depends only on the procedure and the DNI
 * ({@link #operationNumber}). Only portal procedures of the catalogue being served exist; anything
 * else is 404. Faults with service {@code PORTAL} apply here (HTTP_500, DELAY, RESET, HTML).
 */
public final class PortalLookalike {
    public static final String PATH = "/portal/";
    /** Bounds of what a trainee may post: the body, and each field after decoding. */
    static final int MAX_BODY = 8 * 1024;
    static final int MAX_FIELD = 100;

    private final Function<String, Fault> faults;
    private volatile Supplier<Catalog> catalog;

    PortalLookalike(Catalog catalog, Function<String, Fault> faults) {
        this.catalog = () -> catalog;
        this.faults = faults;
    }

    void register(HttpServer http) {
        http.createContext(PATH, this::handle);
    }

    /** The catalogue whose portal procedures get a page. */
    public void serve(Catalog served) {
        this.catalog = () -> served;
    }

    /** Follows the catalogue the desk serves, which a sync or a USB file may replace at any time. */
    public void serve(Supplier<Catalog> served) {
        this.catalog = served;
    }

    /** The 8-digit operation number the look-alike gives {@code dni} for {@code procedureId}. */
    public static String operationNumber(String procedureId, String dni) {
        CRC32 crc = new CRC32();
        crc.update((procedureId + "|" + dni).getBytes(StandardCharsets.UTF_8));
        return String.valueOf(10_000_000 + crc.getValue() % 90_000_000L);
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            Catalog catalog = this.catalog.get();
            String id = ex.getRequestURI().getPath().substring(PATH.length());
            Procedure p = id.matches("[a-z0-9-]{1,64}") ? catalog.find(id)
                    .filter(q -> q.channel() == Channel.PORTAL).orElse(null) : null;
            if (p == null) {
                send(ex, 404, page("Página no encontrada", "<p>No existe este servicio en línea.</p>"));
                return;
            }
            Fault f = faults.apply("PORTAL");
            if (f != null && fault(ex, f)) {
                return;
            }
            String title = catalog.entityOf(p).name("es") + " — " + p.name("es");
            switch (ex.getRequestMethod()) {
                case "GET", "HEAD" -> send(ex, 200, page(title, form(p)));
                case "POST" -> submit(ex, p, title);
                default -> send(ex, 405, page(title, "<p>Método no permitido.</p>"));
            }
        } catch (IOException e) {
            // The browser went away: nothing to answer.
        } finally {
            ex.close();
        }
    }

    private void submit(HttpExchange ex, Procedure p, String title) throws IOException {
        byte[] raw = ex.getRequestBody().readNBytes(MAX_BODY + 1);
        if (raw.length > MAX_BODY) {
            send(ex, 413, page(title, "<p>La solicitud es demasiado grande.</p>"));
            return;
        }
        Map<String, String> in = fields(new String(raw, StandardCharsets.UTF_8));
        String dni = in.getOrDefault("dni", "");
        String names = in.getOrDefault("nombres", "");
        String surnames = in.getOrDefault("apellidos", "");
        if (!dni.matches("[0-9]{8}") || names.isBlank() || surnames.isBlank()) {
            send(ex, 200, page(title, "<p id=\"error\" class=\"error\">Revise los datos: el DNI tiene 8 dígitos"
                    + " y los nombres y apellidos son obligatorios.</p>" + form(p)));
            return;
        }
        String number = operationNumber(p.id(), dni);
        send(ex, 200, page(title, "<div class=\"ok\"><p>Su solicitud fue registrada.</p>"
                + "<p>N.º de operación: <strong id=\"operacion\">" + number + "</strong></p>"
                + "<p>Solicitante: " + escape(names) + " " + escape(surnames) + "</p>"
                + "<p>Conserve este número para consultar el estado de su trámite.</p></div>"));
    }

    private static String form(Procedure p) {
        return "<form method=\"post\" action=\"" + PATH + p.id() + "\">"
                + "<p><label>DNI<br><input id=\"dni\" name=\"dni\" maxlength=\"8\" inputmode=\"numeric\"></label></p>"
                + "<p><label>Nombres<br><input id=\"nombres\" name=\"nombres\" maxlength=\"" + MAX_FIELD
                + "\"></label></p>"
                + "<p><label>Apellidos<br><input id=\"apellidos\" name=\"apellidos\" maxlength=\"" + MAX_FIELD
                + "\"></label></p>"
                + "<p><button id=\"enviar\" type=\"submit\">Enviar solicitud</button></p></form>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>body{font-family:sans-serif;margin:0}header{background:#1b3f73;color:#fff;"
                + "padding:12px 16px}main{padding:16px}.banner{background:#ffcf33;padding:6px 16px}"
                + "input{font-size:16px;padding:6px;width:16em}button{font-size:16px;padding:8px 16px}"
                + ".error{color:#a40000}</style></head><body><div class=\"banner\">Portal de práctica: datos"
                + " ficticios</div><header><h1>" + escape(title) + "</h1></header><main>" + body
                + "</main></body></html>";
    }

    /** Applies a transport fault; true when the answer was sent (or the connection dropped). */
    private static boolean fault(HttpExchange ex, Fault f) throws IOException {
        if (!f.waitDelay()) {
            return true;
        }
        switch (f.kind()) {
            case HTTP_500 -> send(ex, 500, page("Error", "<h1>500 Internal Server Error</h1>"));
            case RESET -> ex.close();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> fields(String body) {
        Map<String, String> map = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
                map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) : value);
            } catch (IllegalArgumentException e) {
                // A malformed escape: the field is left out, and the form asks again.
            }
        }
        return map;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        if ("HEAD".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
