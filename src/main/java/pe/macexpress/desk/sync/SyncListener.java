package pe.macexpress.desk.sync;

/**
 * Told about progress on the sync thread, never on the FX thread: a screen hands it over with
 * {@code Platform.runLater}. Must return quickly.
 */
@FunctionalInterface
public interface SyncListener {
    void onProgress(SyncProgress progress);
}
