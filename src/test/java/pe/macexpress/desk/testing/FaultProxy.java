package pe.macexpress.desk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 proxy on loopback between the sync client and the central that misbehaves on
 * request: scripted faults for the next uploads, or random ones at a given rate. Only requests
 * whose path starts with {@link #faultyPath} are touched; the rest pass through.
 */
public final class FaultProxy implements AutoCloseable {

    public enum Fault {
        /** In a script: let this request through untouched. */
        PASS,
        /** Read the headers and half the body, then reset the connection. */
        RESET_MID_REQUEST,
        /** Forward; relay half of the answer, then reset. */
        RESET_MID_RESPONSE,
        /** Forward (the central commits), then close without answering. */
        DROP_AFTER_COMMIT,
        HTTP_500,
        HTTP_502,
        /** 429 with Retry-After ({@link #retryAfterSeconds}). */
        HTTP_429,
        /** 503 with Retry-After. */
        HTTP_503,
        /** Forward (the central commits), then say nothing past the client's read timeout. */
        STALL,
        /** Forward the gzip body cut in half (with a matching Content-Length): the central gets a broken gzip. */
        TRUNCATE_REQUEST_GZIP,
        /** Forward; answer with the full Content-Length but half the body, then close. */
        TRUNCATE_RESPONSE,
        /** A captive portal: 200 with an HTML page. */
        HTML_200
    }

    private final ServerSocket listener;
    private final int upstreamPort;
    private final ConcurrentLinkedQueue<Fault> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger injected = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final Random random = new Random();
    public volatile String faultyPath = "/api/v1/records";
    public volatile double randomRate;
    public volatile int retryAfterSeconds = 1;
    public volatile long stallMs = 2000;
    private volatile boolean closed;

    public FaultProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "fault-proxy");
        t.setDaemon(true);
        t.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** The next matching requests get these faults, in order. */
    public void script(Fault... faults) {
        script.addAll(java.util.List.of(faults));
    }

    public int injected() {
        return injected.get();
    }

    public int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = listener.accept();
                Thread t = new Thread(() -> serve(s), "fault-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private Fault nextFault(String path) {
        if (!path.startsWith(faultyPath)) {
            return null;
        }
        Fault f = script.poll();
        if (f == Fault.PASS) {
            return null;
        }
        if (f == null && randomRate > 0 && random.nextDouble() < randomRate) {
            Fault[] all = Fault.values();
            f = all[1 + random.nextInt(all.length - 1)];
        }
        if (f != null) {
            injected.incrementAndGet();
        }
        return f;
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                Message request = Message.read(in, true);
                if (request == null) {
                    return;
                }
                requests.incrementAndGet();
                Fault f = nextFault(request.path());
                if (f == null) {
                    out.write(forward(request.bytes()).bytes());
                    out.flush();
                    continue;
                }
                switch (f) {
                    case RESET_MID_REQUEST -> {
                        reset(client);
                        return;
                    }
                    case RESET_MID_RESPONSE -> {
                        byte[] answer = forward(request.bytes()).bytes();
                        out.write(answer, 0, answer.length / 2);
                        out.flush();
                        reset(client);
                        return;
                    }
                    case DROP_AFTER_COMMIT -> {
                        forward(request.bytes());
                        return;
                    }
                    case HTTP_500 -> canned(out, "500 Internal Server Error", "text/html", "<html>error</html>", "");
                    case HTTP_502 -> canned(out, "502 Bad Gateway", "text/html", "<html>bad gateway</html>", "");
                    case HTTP_429 -> canned(out, "429 Too Many Requests", "application/json", "{\"error\":\"slow down\"}",
                            "Retry-After: " + retryAfterSeconds + "\r\n");
                    case HTTP_503 -> canned(out, "503 Service Unavailable", "application/json", "{\"error\":\"busy\"}",
                            "Retry-After: " + retryAfterSeconds + "\r\n");
                    case STALL -> {
                        forward(request.bytes());
                        Thread.sleep(stallMs);
                    }
                    case TRUNCATE_REQUEST_GZIP -> out.write(forward(request.truncatedBody()).bytes());
                    case TRUNCATE_RESPONSE -> {
                        Message answer = forward(request.bytes());
                        byte[] b = answer.bytes();
                        int cut = answer.headLength() + (b.length - answer.headLength()) / 2;
                        out.write(b, 0, Math.max(answer.headLength(), cut));
                    }
                    case PASS -> throw new IllegalStateException("PASS is never injected");
                    case HTML_200 -> canned(out, "200 OK", "text/html; charset=utf-8",
                            "<!DOCTYPE html><html><body><form>Acepte los términos para navegar</form></body></html>", "");
                }
                out.flush();
                return; // after a fault the connection is done
            }
        } catch (IOException e) {
            // either side went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reset(Socket s) throws IOException {
        s.setSoLinger(true, 0);
        s.close();
    }

    private static void canned(OutputStream out, String status, String type, String body, String extra)
            throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length + "\r\n"
                + extra + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(b);
    }

    /** One request to the central on a fresh connection; its complete answer. */
    private Message forward(byte[] request) throws IOException {
        try (Socket up = new Socket()) {
            up.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 2000);
            up.getOutputStream().write(request);
            up.getOutputStream().flush();
            Message answer = Message.read(up.getInputStream(), false);
            if (answer == null) {
                throw new IOException("central closed without answering");
            }
            return answer;
        }
    }

    /** An HTTP message read whole: head (start line and headers) and a Content-Length body. */
    public record Message(byte[] bytes, int headLength, String path) {

        static Message read(InputStream in, boolean request) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    if (head.size() == 0) {
                        return null;
                    }
                    throw new IOException("cut head");
                }
                head.write(b);
                matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            int length = 0;
            for (String line : text.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            if (!request && text.startsWith("HTTP/1.1 304")) {
                length = 0;
            }
            byte[] body = in.readNBytes(length);
            if (body.length < length) {
                throw new IOException("cut body");
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream(head.size() + length);
            all.write(head.toByteArray());
            all.write(body);
            String first = text.substring(0, text.indexOf("\r\n"));
            String path = request ? first.split(" ")[1] : "";
            return new Message(all.toByteArray(), head.size(), path);
        }

        /** The same request with its body cut in half and Content-Length to match. */
        byte[] truncatedBody() {
            String h = new String(bytes, 0, headLength, StandardCharsets.ISO_8859_1);
            int half = (bytes.length - headLength) / 2;
            String newHead = h.replaceAll("(?i)content-length: *\\d+", "Content-Length: " + half);
            byte[] nh = newHead.getBytes(StandardCharsets.ISO_8859_1);
            byte[] out = new byte[nh.length + half];
            System.arraycopy(nh, 0, out, 0, nh.length);
            System.arraycopy(bytes, headLength, out, nh.length, half);
            return out;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }
}
