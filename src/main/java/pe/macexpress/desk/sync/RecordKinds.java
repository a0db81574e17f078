package pe.macexpress.desk.sync;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The kinds this workstation sends, by wire name, in priority order. */
public final class RecordKinds {
    private final Map<String, RecordKind> byName = new LinkedHashMap<>();

    private RecordKinds(List<RecordKind> kinds) {
        kinds.stream().sorted(Comparator.comparing(RecordKind::priority)).forEach(k -> {
            if (byName.putIfAbsent(k.name(), k) != null) {
                throw new IllegalArgumentException("two record kinds named " + k.name());
            }
        });
    }

    public static RecordKinds of(RecordKind... kinds) {
        return new RecordKinds(List.of(kinds));
    }

    public static RecordKinds of(List<RecordKind> kinds) {
        return new RecordKinds(kinds);
    }

    public Optional<RecordKind> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Names, most urgent first: the order the outbox is drained in. */
    public List<String> namesByPriority() {
        return List.copyOf(byName.keySet());
    }

    public List<RecordKind> all() {
        return List.copyOf(byName.values());
    }
}
