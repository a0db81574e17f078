package pe.macexpress.desk.store;

import java.util.UUID;

/** A record the central confirmed in full, and the content schema version it holds it under. */
public record AcknowledgedRecord(UUID id, int schemaVersion) {
}
