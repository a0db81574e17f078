package pe.macexpress.desk.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Servers on loopback for the client-limits tests (issue 15): one that answers with a handler and
 * records every request it got (method, path, headers, body), and one that drips an answer a byte
 * at a time, each byte well within any read timeout, forever.
 */
public final class LoopbackHttp implements AutoCloseable {
    /** One request as received. */
    public record Seen(String method, String path, Map<String, List<String>> headers, String body) {
    }

    /** What to answer: status, content type, body. */
    public record Reply(int status, String contentType, String body, Map<String, String> headers) {
        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body, Map.of());
        }
    }

    @FunctionalInterface
    public interface Handler {
        Reply answer(Seen request);
    }

    private final HttpServer server;
    public final List<Seen> seen = new CopyOnWriteArrayList<>();

    public LoopbackHttp(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", ex -> handle(ex, handler));
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "loopback-http");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    private void handle(HttpExchange ex, Handler handler) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
        String path = ex.getRequestURI().toString();
        Seen s = new Seen(ex.getRequestMethod(), path, Map.copyOf(ex.getRequestHeaders()), body);
        seen.add(s);
        Reply r = handler.answer(s);
        byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
        if (r.contentType() != null) {
            ex.getResponseHeaders().set("Content-Type", r.contentType());
        }
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    /**
     * A server that reads a request's head, sends a 200 head announcing a long JSON body, then one
     * byte every {@code everyMs}: no read timeout ever fires, only a bound on the whole call ends it.
     */
    public static final class Dripping implements AutoCloseable {
        private final ServerSocket listener;
        private final List<Socket> sockets = new CopyOnWriteArrayList<>();
        public final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        private volatile boolean closed;

        public Dripping(long everyMs) throws IOException {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> accept(everyMs), "dripping-accept");
            t.setDaemon(true);
            t.start();
        }

        public String baseUrl() {
            return "http://127.0.0.1:" + listener.getLocalPort();
        }

        private void accept(long everyMs) {
            while (!closed) {
                try {
                    Socket s = listener.accept();
                    sockets.add(s);
                    Thread t = new Thread(() -> drip(s, everyMs), "dripping");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void drip(Socket s, long everyMs) {
            try (s) {
                var in = s.getInputStream();
                int state = 0;
                while (state < 4) { // up to the blank line after the headers; the body is not read
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    state = (b == '\r' || b == '\n') ? state + 1 : 0;
                }
                requests.incrementAndGet();
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                while (!closed) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(everyMs);
                }
            } catch (IOException | InterruptedException e) {
                // the client gave up: what the test wants
            }
        }

        @Override
        public void close() throws IOException {
            closed = true;
            listener.close();
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
