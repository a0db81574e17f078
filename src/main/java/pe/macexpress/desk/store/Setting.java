package pe.macexpress.desk.store;

/**
 * Every fact the workstation keeps about itself in the {@code setting} table, by name. The stored
 * key strings are fixed: existing databases hold them.
 */
public enum Setting {
    /** When sync last reached the central and settled a batch (or found nothing to send); ISO instant. */
    LAST_SYNC("sync.last.success"),
    /** The sequence of the last change pulled from the central. */
    CHANGES_CURSOR("sync.changes.cursor"),
    /** ETag of the catalogue last downloaded from the central. */
    CATALOG_ETAG("sync.catalog.etag"),
    /** The catalogue last downloaded from the central (JSON); used at the next start when valid. */
    CATALOG_JSON("sync.catalog.json"),
    /** When the last reconciliation was answered (or, before the first, when the first sync drained). */
    RECONCILED_AT("sync.reconciledAt");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    /** The name stored in the {@code setting} table. */
    public String key() {
        return key;
    }
}
