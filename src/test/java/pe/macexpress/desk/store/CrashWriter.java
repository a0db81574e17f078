package pe.macexpress.desk.store;

import pe.macexpress.desk.testing.SampleAttentions;

/**
 * Child JVM of {@link StoreCrashTest}: takes the instance lock, then saves attentions through
 * {@link AttentionStore} as fast as it can and prints each seed only after {@code save} returned,
 * until it is killed. Args: database file, first seed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        CrashChild.run(args, (db, first, out) -> {
            AttentionStore store = db.attentions();
            for (long seed = first; ; seed++) {
                store.save(SampleAttentions.of(seed));
                out.println(seed);
                out.flush();
            }
        });
    }
}
