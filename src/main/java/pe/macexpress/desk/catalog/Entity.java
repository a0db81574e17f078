package pe.macexpress.desk.catalog;

/** A public entity whose procedures the counter serves, e.g. RENIEC. */
public record Entity(String id, String acronym, String name) {
}
