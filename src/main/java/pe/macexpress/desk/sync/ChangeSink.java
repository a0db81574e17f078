package pe.macexpress.desk.sync;

/**
 * Who applies the changes pulled from the central once they are stored in {@code sync_inbox}
 * (results to their cases, messages to the point). Sync only stores them; it never interprets them.
 */
@FunctionalInterface
public interface ChangeSink {
    /** Called after a pull stored changes; processes every unprocessed one. Blocking. */
    void changesStored();
}
