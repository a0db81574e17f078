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
    /**
     * The catalogue in use when it is not the bundled one: the signed envelope exactly as the central
     * or a USB file gave it (checked again at every start against the pinned key).
     */
    CATALOG_JSON("sync.catalog.json"),
    /** Where the catalogue in use came from: central or file. */
    CATALOG_SOURCE("catalog.source"),
    /** When the catalogue in use was installed; ISO instant. */
    CATALOG_INSTALLED_AT("catalog.installedAt"),
    /** The last catalogue refused: "problem|entry|source|instant", until one is installed. */
    CATALOG_REFUSED("catalog.refused"),
    /** When the last reconciliation was answered (or, before the first, when the first sync drained). */
    RECONCILED_AT("sync.reconciledAt"),
    /** Issue 15 (purge): when retention last ran here (at start, daily, after a scheduled sync, or {@code purge}); ISO instant. */
    RETENTION_LAST_RUN("retention.lastRun"),
    /**
     * Issue 15: the documents an older version wrote in clear in the data folder were sealed (value:
     * the sealing's version). Files written since are sealed when written, so the folder is scanned once,
     * not at every open.
     */
    DOCUMENTS_SEALED("security.documents.sealed"),
    /** Issue 15: the backups, aside copies and backed-up documents from before encryption were sealed (as above). */
    COPIES_SEALED("security.copies.sealed"),
    /**
     * Issue 14 (indicators): the point's own baselines and targets of the indicator sheet, JSON by
     * indicator id (absent: the defaults of {@code reports/indicators.json}). Edited by a supervisor.
     */
    INDICATOR_TARGETS("reports.indicators.targets");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    /** The name stored in the {@code setting} table. */
    public String key() {
        return key;
    }
}
