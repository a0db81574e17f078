package pe.macexpress.desk.sync;

import java.time.Instant;

/** A message the central sent to this point ("reunión de asesores el lunes", a new procedure, …). */
public record CentralMessage(long seq, String text, Instant receivedAt) {
}
