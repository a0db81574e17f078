package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.sandbox.ConnectionGuard;
import pe.macexpress.desk.sandbox.SandboxServer;

/**
 * Issue 15, the central's finding "8 slow connections freeze it" (the server had a fixed pool of 8
 * threads and a client that drips its request holds one for ever): raw sockets that send a request
 * one byte at a time, then a normal client that must be answered. The deadlines are short here so
 * the test does not wait like a real link; the waits below are bounds against hanging, not timings.
 */
class SlowClientFreezeTest {
    /** A client that never gets an answer fails the test after this instead of hanging the build. */
    private static final OkHttpClient NORMAL = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60))
            .callTimeout(Duration.ofSeconds(90)).retryOnConnectionFailure(false).build();

    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService drip = Executors.newScheduledThreadPool(1);

    @AfterEach
    void close() throws IOException {
        drip.shutdownNow();
        for (Socket s : sockets) {
            s.close();
        }
    }

    /** A socket that sent {@code head} and then drips one more byte every 200 ms, never finishing. */
    private Socket dripping(SandboxServer s, String head) throws IOException {
        Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), s.port());
        socket.setSoTimeout(60_000);
        sockets.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        drip.scheduleWithFixedDelay(() -> {
            try {
                out.write('x');
                out.flush();
            } catch (IOException closed) {
                // cut by the server: what the test wants
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
        return socket;
    }

    private static int health(SandboxServer s) throws IOException {
        try (Response r = NORMAL.newCall(new Request.Builder().url(s.baseUrl() + "/api/v1/health").get().build())
                .execute()) {
            return r.code();
        }
    }

    /** Whether the server closed {@code socket} (end of stream or reset) rather than leaving it open. */
    private static boolean closedByServer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Test
    void eightSlowConnectionsDoNotStopANormalClient() throws Exception {
        try (SandboxServer s = SandboxServer.start(0)) {
            for (int i = 0; i < 8; i++) {
                dripping(s, "POST /api/v1/enroll HTTP/1.1\r\nHost: central\r\nX-Slow: ");
            }
            assertEquals(200, health(s), "served while the eight drip");
            assertEquals(0, s.connections().cut(), "served at once: nobody had to be cut for it");
        }
    }

    @Test
    void clientsThatDripTheirHeadersAreCutAtTheDeadlineAndFreeTheirThreads() throws Exception {
        ConnectionGuard.Limits tight = new ConnectionGuard.Limits(Duration.ofSeconds(1), Duration.ofSeconds(3),
                Duration.ofSeconds(3), 16, 4);
        try (SandboxServer s = SandboxServer.start(SandboxServer.Options.loopback(0).withLimits(tight))) {
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                slow.add(dripping(s, "GET /api/v1/health HTTP/1.1\r\nHost: central\r\nX-Slow: "));
            }
            // Six drippers for four threads: the normal client is answered once their deadline cut them.
            assertEquals(200, health(s));
            for (Socket socket : slow) {
                assertTrue(closedByServer(socket), "the dripping client was disconnected");
            }
            assertTrue(s.connections().cut() >= 6, "cut: " + s.connections().cut());
        }
    }

    @Test
    void aBodyDrippedPastTheRequestDeadlineIsCutAndTooManyAtOnceFromOneClientGet429() throws Exception {
        ConnectionGuard.Limits tight = new ConnectionGuard.Limits(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(2), 2, 8);
        try (SandboxServer s = SandboxServer.start(SandboxServer.Options.loopback(0).withLimits(tight))) {
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                slow.add(dripping(s, "POST /api/v1/enroll HTTP/1.1\r\nHost: central\r\nContent-Type: application/json"
                        + "\r\nContent-Length: 100000\r\n\r\n{"));
            }
            for (int i = 0; i < 600 && s.connections().inFlight() < 2; i++) {
                Thread.sleep(10); // until both are past their headers (bounded)
            }
            assertEquals(2, s.connections().inFlight());
            try (Response r = NORMAL.newCall(new Request.Builder().url(s.baseUrl() + "/api/v1/health").get().build())
                    .execute()) {
                assertEquals(429, r.code(), "a third exchange of the same client at once");
                assertEquals("1", r.header("Retry-After"));
            }
            for (Socket socket : slow) {
                assertTrue(closedByServer(socket), "the dripped body was cut at the request deadline");
            }
            assertEquals(200, health(s), "the client is served again once its slow exchanges are gone");
        }
    }
}
