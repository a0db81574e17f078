package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.testing.SampleAttentions;

/** Issue 15: an older database larger than one batch is sealed whole (each batch its own transaction). */
class PersonalDataBatchTest {
    @TempDir
    Path dir;

    @Test
    void anOldDatabaseOfSeveralBatchesIsSealedWhole() {
        Path db = dir.resolve("desk.db");
        int total = PersonalData.BATCH * 2 + 17;
        try (Store old = Store.open(db, Clock.systemUTC(), Sealing.PASS_THROUGH)) {
            old.write(tx -> {
                for (int i = 0; i < total; i++) {
                    old.attentions().save(tx, SampleAttentions.of(i));
                }
                return null;
            });
            Sql.execute(old, "UPDATE attention SET doc_blind = ''");
        }
        try (Store store = Store.open(db, Clock.systemUTC())) {
            assertEquals(0L, Sql.number(store, "SELECT count(*) FROM attention WHERE substr(citizen_names, 1, 4) <> '~e1:'"
                    + " OR substr(doc_number, 1, 4) <> '~e1:' OR doc_blind = ''"));
            Attention last = SampleAttentions.of(total - 1);
            assertEquals(last, store.attentions().find(last.id()).orElseThrow());
            assertEquals(true, store.attentions().historyOf(last.document().type(), last.document().number())
                    .contains(last));
        }
    }
}
