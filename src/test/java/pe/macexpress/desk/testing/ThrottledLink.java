package pe.macexpress.desk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A user-space emulation of a satellite link between loopback sockets: each direction has its own
 * bandwidth (bytes leave one after another at that rate, shared by all connections) and a one-way
 * delay; every {@code dropEvery} bytes (both ways together) the connection carrying them is reset.
 * Counts the bytes it carried and the TCP connections opened.
 */
public final class ThrottledLink implements AutoCloseable {
    private final ServerSocket listener;
    private final int upstreamPort;
    private final long bytesPerSecond;
    private final long oneWayDelayMs;
    private final long dropEvery;
    private final Direction up = new Direction();
    private final Direction down = new Direction();
    private final AtomicLong sinceDrop = new AtomicLong();
    public final AtomicInteger connections = new AtomicInteger();
    public final AtomicInteger drops = new AtomicInteger();
    private volatile boolean closed;

    /** One direction of the link: when its last byte will have left, in nanoTime. */
    private static final class Direction {
        long freeAtNanos;
        final AtomicLong bytes = new AtomicLong();
    }

    public ThrottledLink(int upstreamPort, long bitsPerSecond, long rttMs, long dropEvery) throws IOException {
        this.upstreamPort = upstreamPort;
        this.bytesPerSecond = bitsPerSecond / 8;
        this.oneWayDelayMs = rttMs / 2;
        this.dropEvery = dropEvery;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "link-accept");
        t.setDaemon(true);
        t.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    public long upBytes() {
        return up.bytes.get();
    }

    public long downBytes() {
        return down.bytes.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                connections.incrementAndGet();
                // The TCP handshake over the link costs a round trip before the first byte.
                Thread.sleep(2 * oneWayDelayMs);
                pump(client, server, up);
                pump(server, client, down);
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private record Chunk(byte[] data, int length, long dueNanos) {
    }

    private void pump(Socket from, Socket to, Direction dir) {
        LinkedBlockingQueue<Chunk> line = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            byte[] buf = new byte[1400];
            try (InputStream in = from.getInputStream()) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    long due;
                    synchronized (dir) {
                        long now = System.nanoTime();
                        long start = Math.max(now, dir.freeAtNanos);
                        dir.freeAtNanos = start + n * 1_000_000_000L / bytesPerSecond;
                        due = dir.freeAtNanos + oneWayDelayMs * 1_000_000L;
                    }
                    line.put(new Chunk(buf.clone(), n, due));
                }
            } catch (IOException | InterruptedException e) {
                // closed
            }
            line.add(new Chunk(null, -1, 0));
        }, "link-read");
        Thread writer = new Thread(() -> {
            try (OutputStream out = to.getOutputStream()) {
                while (true) {
                    Chunk c = line.take();
                    if (c.length < 0) {
                        break;
                    }
                    long wait = c.dueNanos - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    out.write(c.data, 0, c.length);
                    out.flush();
                    dir.bytes.addAndGet(c.length);
                    if (dropEvery > 0 && sinceDrop.addAndGet(c.length) >= dropEvery) {
                        sinceDrop.set(0);
                        drops.incrementAndGet();
                        reset(from);
                        reset(to);
                        break;
                    }
                }
            } catch (IOException | InterruptedException e) {
                // closed
            } finally {
                reset(from);
                reset(to);
            }
        }, "link-write");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    private static void reset(Socket s) {
        try {
            if (!s.isClosed()) {
                s.setSoLinger(true, 0);
                s.close();
            }
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }
}
