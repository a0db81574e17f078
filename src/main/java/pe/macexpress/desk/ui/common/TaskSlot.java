package pe.macexpress.desk.ui.common;

/**
 * Room for one running task of a kind (a PIDE query, a status refresh): a newer task cancels the
 * older one, so an answer that arrives late never overwrites a newer one. Used on the FX thread.
 */
public final class TaskSlot {
    private BackgroundTask.Handle current;

    void replace(BackgroundTask.Handle next) {
        cancel();
        current = next;
    }

    /** Drops the answer of the task in the slot, if one is still running. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }
}
