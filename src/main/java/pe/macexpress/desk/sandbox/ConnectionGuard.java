package pe.macexpress.desk.sandbox;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 15 ("8 slow connections freeze it"): what keeps a client that drips its request, or never
 * reads the answer, from holding one of the server's threads for ever, and a few clients from
 * taking all of them.
 * <p>
 * The JDK's HTTP server reads a request's line and headers on a worker thread, from a blocking
 * socket channel, before any handler (or filter) runs: a client that sends one byte a second holds
 * that thread as long as it likes. Its own timers ({@code sun.net.httpserver.maxReqTime}, …) are
 * JVM-wide system properties read once, so they cannot differ per server nor be tested. Here
 * every worker task carries a deadline instead: {@link Limits#headerTimeout} until a handler is
 * reached, then {@link Limits#requestTimeout} for the whole exchange (body, work and answer;
 * {@link Limits#transferTimeout} for the long transfers of documents and USB bundles). A watchdog
 * interrupts a task past its deadline; the socket channel is interruptible, so the blocked read
 * or write fails, the connection is closed and the thread is free again. On top, at most
 * {@link Limits#perClient} exchanges of one client address run at once (429 with Retry-After
 * beyond), and the pool has {@link Limits#threads} threads. Idle keep-alive connections hold no
 * thread; the JDK closes them after its idle interval.
 */
public final class ConnectionGuard implements AutoCloseable {

    /**
     * @param headerTimeout   from a connection's turn on a thread to its request line and headers read
     * @param requestTimeout  from the headers to the last byte of the answer
     * @param transferTimeout the same for documents ({@code /api/v1/attachments/}) and USB bundles
     * @param perClient       exchanges of one client address at once
     * @param threads         worker threads
     */
    public record Limits(Duration headerTimeout, Duration requestTimeout, Duration transferTimeout, int perClient,
                         int threads) {
        public Limits {
            if (headerTimeout.isNegative() || headerTimeout.isZero() || requestTimeout.isNegative()
                    || requestTimeout.isZero() || transferTimeout.compareTo(requestTimeout) < 0 || perClient < 1
                    || threads < 2) {
                throw new IllegalArgumentException("connection limits out of range");
            }
        }

        /** The reference central's: 10 s for headers, 2 min an exchange, 30 min a transfer, 16 per client, 32 threads. */
        public static Limits standard() {
            return new Limits(Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofMinutes(30), 16, 32);
        }
    }

    private static final String[] TRANSFER_PATHS = {"/api/v1/attachments/", "/api/v1/bundles"};

    /** A worker thread's current task and its deadline. */
    private static final class Slot {
        final Thread thread;
        long deadline;
        boolean active = true;

        Slot(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }
    }

    private final Limits limits;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Map<Thread, Slot> running = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perClient = new ConcurrentHashMap<>();
    private final AtomicLong cut = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public ConnectionGuard(Limits limits) {
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(limits.threads(), limits.threads(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-http-watchdog");
            t.setDaemon(true);
            return t;
        });
        long tick = Math.max(50, Math.min(500, limits.headerTimeout().toMillis() / 4));
        watchdog.scheduleWithFixedDelay(this::cutLate, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** The executor to give the server: every task starts with the header deadline. */
    public Executor executor() {
        return task -> pool.execute(() -> {
            Thread me = Thread.currentThread();
            Slot slot = new Slot(me, System.currentTimeMillis() + limits.headerTimeout().toMillis());
            running.put(me, slot);
            try {
                task.run();
            } finally {
                synchronized (slot) {
                    slot.active = false;
                }
                running.remove(me);
            }
        });
    }

    /** The pool behind {@link #executor()}, for shutting it down. */
    public ExecutorService pool() {
        return pool;
    }

    /** Exchanges cut at their deadline since start. */
    public long cut() {
        return cut.get();
    }

    /** Exchanges past the headers and not yet answered, all clients together. */
    public int inFlight() {
        return perClient.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Exchanges refused (429) for too many of one client at once since start. */
    public long refused() {
        return refused.get();
    }

    private void cutLate() {
        long now = System.currentTimeMillis();
        for (Slot s : running.values()) {
            synchronized (s) {
                if (s.active && now > s.deadline) {
                    s.active = false;
                    cut.incrementAndGet();
                    s.thread.interrupt(); // the blocked channel read or write fails and closes the connection
                }
            }
        }
    }

    /** Runs before every handler: the exchange's deadline, and the cap per client address. */
    Filter filter() {
        return new Filter() {
            @Override
            public void doFilter(HttpExchange ex, Chain chain) throws IOException {
                String path = ex.getRequestURI().getPath();
                Duration d = limits.requestTimeout();
                for (String p : TRANSFER_PATHS) {
                    if (path.startsWith(p)) {
                        d = limits.transferTimeout();
                    }
                }
                Slot slot = running.get(Thread.currentThread());
                if (slot != null) {
                    synchronized (slot) {
                        slot.deadline = System.currentTimeMillis() + d.toMillis();
                    }
                }
                String client = ex.getRemoteAddress() == null ? "?" : ex.getRemoteAddress().getAddress().getHostAddress();
                AtomicInteger count = perClient.computeIfAbsent(client, c -> new AtomicInteger());
                try {
                    if (count.incrementAndGet() > limits.perClient()) {
                        refused.incrementAndGet();
                        busy(ex);
                        return;
                    }
                    chain.doFilter(ex);
                } finally {
                    count.decrementAndGet();
                }
            }

            @Override
            public String description() {
                return "deadline and per-client cap";
            }
        };
    }

    private static void busy(HttpExchange ex) throws IOException {
        byte[] body = "{\"error\":\"too many connections\"}".getBytes(StandardCharsets.UTF_8);
        try (ex) {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.getResponseHeaders().set("Retry-After", "1");
            ex.sendResponseHeaders(429, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** {@code server} with this guard's filter on every context created through it. */
    HttpServer guarded(HttpServer server) {
        return new Guarded(server, filter());
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An HttpServer that adds one filter to each context it creates; everything else is the real server's. */
    private static final class Guarded extends HttpServer {
        private final HttpServer real;
        private final Filter filter;

        Guarded(HttpServer real, Filter filter) {
            this.real = real;
            this.filter = filter;
        }

        @Override
        public void bind(InetSocketAddress addr, int backlog) throws IOException {
            real.bind(addr, backlog);
        }

        @Override
        public void start() {
            real.start();
        }

        @Override
        public void setExecutor(Executor executor) {
            real.setExecutor(executor);
        }

        @Override
        public Executor getExecutor() {
            return real.getExecutor();
        }

        @Override
        public void stop(int delay) {
            real.stop(delay);
        }

        @Override
        public HttpContext createContext(String path, HttpHandler handler) {
            HttpContext c = real.createContext(path, handler);
            c.getFilters().add(filter);
            return c;
        }

        @Override
        public HttpContext createContext(String path) {
            HttpContext c = real.createContext(path);
            c.getFilters().add(filter);
            return c;
        }

        @Override
        public void removeContext(String path) {
            real.removeContext(path);
        }

        @Override
        public void removeContext(HttpContext context) {
            real.removeContext(context);
        }

        @Override
        public InetSocketAddress getAddress() {
            return real.getAddress();
        }
    }
}
