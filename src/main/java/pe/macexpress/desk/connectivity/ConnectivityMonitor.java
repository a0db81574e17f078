package pe.macexpress.desk.connectivity;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A light periodic probe of a health URL. Online means the answer was JSON with status 200: a
 * captive portal's HTML page with 200 is offline, as is anything else.
 */
public final class ConnectivityMonitor implements AutoCloseable {
    private final String healthUrl;
    private final OkHttpClient http;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler;
    private volatile Boolean online;

    public ConnectivityMonitor(String healthUrl, OkHttpClient baseClient) {
        this.healthUrl = healthUrl;
        this.http = baseClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(8))
                .retryOnConnectionFailure(false)
                .build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "connectivity-probe");
            t.setDaemon(true);
            return t;
        });
    }

    public void start(Duration every) {
        scheduler.scheduleWithFixedDelay(this::probeNow, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Listeners are called on the probe thread, with the new state, only when it changes. */
    public void addListener(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    public boolean probeNow() {
        boolean now = probe();
        report(now);
        return now;
    }

    /** Another component learnt the link state (e.g. PIDE answered, or timed out). */
    public void report(boolean now) {
        Boolean before = online;
        online = now;
        if (before == null || before != now) {
            listeners.forEach(l -> l.accept(now));
        }
    }

    private boolean probe() {
        if (healthUrl == null || healthUrl.isBlank()) {
            return false;
        }
        try (Response r = http.newCall(new Request.Builder().url(healthUrl).get().build()).execute()) {
            ResponseBody body = r.body();
            if (!r.isSuccessful() || body == null) {
                return false;
            }
            String text = new String(body.byteStream().readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8).strip();
            return text.startsWith("{") && text.contains("\"status\"");
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
