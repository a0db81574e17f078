package pe.macexpress.desk.store;

import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.AuditEvent;
import pe.macexpress.desk.testing.SyncSamples;

/**
 * Child JVM of {@link AuditChainCrashTest}: takes the instance lock, then does audited work as fast
 * as it can, each an attention saved with its chain row in ONE transaction, alternating with chain
 * rows on their own (as an identity query writes them); prints each row's seq only after the commit
 * returned, until it is killed. Args: database file, first sample seed.
 */
public final class AuditCrashWriter {
    private AuditCrashWriter() {
    }

    public static void main(String[] args) {
        CrashChild.run(args, (db, seed, out) -> {
            for (long i = seed; ; i++) {
                long s = i;
                AuditChainStore.Entry e;
                if (i % 2 == 0) {
                    e = db.write(tx -> {
                        db.attentions().save(tx, SyncSamples.of(s));
                        return db.audit().append(tx, new AuditEvent("ADV-CRASH", "test.attention", "atencion:visita",
                                "DNI:4" + String.format("%07d", s % 10_000_000), "n=" + s));
                    });
                } else {
                    e = db.audit().append(new AuditEvent("ADV-CRASH", AuditActions.IDENTITY_QUERY, "atencion:visita",
                            "DNI:4" + String.format("%07d", s % 10_000_000), "n=" + s));
                }
                out.println(e.seq() + " " + e.hash());
                out.flush();
            }
        });
    }
}
