package pe.macexpress.desk.sync;

import java.time.Instant;
import java.util.List;
import pe.macexpress.desk.contract.Change;
import pe.macexpress.desk.store.InboxItem;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.Transaction;

/**
 * Keeps changes the central sent (pulled online or carried in an answer file) in {@code sync_inbox},
 * unchanged, with the new cursor and the time the central was last heard from, in the caller's
 * transaction. A change already held is ignored and the cursor never moves back.
 */
public final class ChangesReceived {
    private ChangesReceived() {
    }

    public static void keep(Transaction tx, Store store, List<Change> changes, long since, long cursor, Instant now) {
        List<InboxItem> items = changes.stream()
                .map(ch -> new InboxItem(ch.seq(), ch.type(), ch.ref(), ch.body(), now)).toList();
        store.inbox().receive(tx, items);
        store.settings().put(tx, Setting.CHANGES_CURSOR, String.valueOf(Math.max(since, cursor)));
        store.settings().put(tx, Setting.LAST_SYNC, now.toString());
    }

    /** The cursor held: the last change this desk has. */
    public static long cursor(Store store) {
        return store.settings().get(Setting.CHANGES_CURSOR).map(Long::parseLong).orElse(0L);
    }
}
