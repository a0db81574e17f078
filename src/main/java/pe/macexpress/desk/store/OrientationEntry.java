package pe.macexpress.desk.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An orientation given, or a request outside the catalogue (record kind {@code orientation}).
 *
 * @param type "orientation" or "unmet" (see {@code OrientationContent})
 * @param topic what the citizen asked (free text: blanked by {@link Retention} once acknowledged and past the period)
 * @param entityId the catalogue entity it concerns; empty for "no sé"
 */
public record OrientationEntry(UUID id, UUID visitId, String pointId, String advisorId, String type, String topic,
                               String entityId, String citizenLanguage, Instant recordedAt) {

    public OrientationEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(visitId);
        Objects.requireNonNull(pointId);
        Objects.requireNonNull(advisorId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(citizenLanguage);
        Objects.requireNonNull(recordedAt);
        topic = topic == null ? "" : topic.strip();
        entityId = entityId == null ? "" : entityId.strip();
    }

    @Override
    public String toString() {
        return "OrientationEntry[" + id + " " + type + " " + entityId + "]";
    }
}
