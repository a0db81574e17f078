package pe.macexpress.desk.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.Store;

/**
 * Issue 14 (indicators): the point's own baselines and targets, kept in its database (the setting
 * {@link Setting#INDICATOR_TARGETS}, JSON by indicator id). An indicator nobody edited has the
 * defaults of {@code reports/indicators.json}. Saving is a supervisor's action: the caller asks
 * {@code SupervisorGate} first (the gate writes the audit row, with {@link #auditDetail} as detail);
 * this class only checks that what it stores is complete. Never on the FX thread.
 */
public final class IndicatorConfig {
    private static final Logger LOG = Logger.getLogger(IndicatorConfig.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;

    public IndicatorConfig(Store store) {
        this.store = store;
    }

    /** Every indicator's baseline and targets: the point's where edited, the defaults otherwise. */
    public Map<String, IndicatorTargets> current() {
        ObjectNode saved = saved();
        Map<String, IndicatorTargets> out = new LinkedHashMap<>();
        for (IndicatorDefinition d : Indicators.all()) {
            IndicatorTargets t = d.defaults();
            JsonNode n = saved.get(d.id());
            if (n != null) {
                try {
                    t = targets(n);
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.WARNING, "unreadable targets of indicator {0} ignored; defaults shown", d.id());
                }
            }
            out.put(d.id(), t);
        }
        return out;
    }

    public IndicatorTargets targets(String id) {
        IndicatorTargets t = current().get(id);
        if (t == null) {
            throw new IllegalArgumentException("no indicator " + id);
        }
        return t;
    }

    /** True when this point saved its own baseline and targets for {@code id}. */
    public boolean edited(String id) {
        return saved().has(id);
    }

    /** Stores {@code targets} for {@code id} (complete: baseline value and four targets, see {@link IndicatorTargets#parse}). */
    public void save(String id, IndicatorTargets targets) {
        if (Indicators.find(id).isEmpty()) {
            throw new IllegalArgumentException("no indicator " + id);
        }
        if (!targets.complete()) {
            throw new IllegalArgumentException("incomplete targets for indicator " + id);
        }
        ObjectNode all = saved();
        ObjectNode n = all.putObject(id);
        n.put("baselineYear", targets.baselineYear());
        n.put("baseline", targets.baseline().getAsDouble());
        ArrayNode a = n.putArray("targets");
        targets.targets().forEach(v -> a.add(v.getAsDouble()));
        try {
            store.settings().put(Setting.INDICATOR_TARGETS, JSON.writeValueAsString(all));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The audit row's detail of an edit: indicator id and numbers, nothing personal. */
    public static String auditDetail(String id, IndicatorTargets t) {
        StringBuilder sb = new StringBuilder("indicator=").append(id).append(" baseline=").append(t.baselineYear())
                .append(':').append(FigureFormat.plain(t.baseline())).append(" targets=");
        for (int i = 0; i < t.targets().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(FigureFormat.plain(t.targets().get(i)));
        }
        return sb.toString();
    }

    private ObjectNode saved() {
        String text = store.settings().get(Setting.INDICATOR_TARGETS).orElse("");
        if (!text.isBlank()) {
            try {
                JsonNode n = JSON.readTree(text);
                if (n instanceof ObjectNode o) {
                    return o;
                }
            } catch (JsonProcessingException e) {
                LOG.log(Level.WARNING, "unreadable indicator targets ignored; defaults shown");
            }
        }
        return JSON.createObjectNode();
    }

    /** Baseline and targets from JSON ({@code baselineYear}, {@code baseline}, {@code targets}); nulls are missing values. */
    static IndicatorTargets targets(JsonNode n) {
        if (!n.path("baselineYear").canConvertToInt() || !n.path("targets").isArray()) {
            throw new IllegalArgumentException("baselineYear and targets expected");
        }
        List<OptionalDouble> targets = new ArrayList<>();
        for (JsonNode t : n.path("targets")) {
            targets.add(optional(t));
        }
        return new IndicatorTargets(n.path("baselineYear").asInt(), optional(n.path("baseline")), targets);
    }

    private static OptionalDouble optional(JsonNode n) {
        return n.isNumber() ? OptionalDouble.of(n.asDouble()) : OptionalDouble.empty();
    }
}
