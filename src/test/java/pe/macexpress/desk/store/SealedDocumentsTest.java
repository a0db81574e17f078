package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: documents sealed in chunks. Any range of a document (a resumed upload starts anywhere)
 * reads back the plain bytes; the plain size is known without opening; a changed byte is refused.
 */
class SealedDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void everyRangeOfASealedDocumentReadsBackItsPlainBytes() throws IOException {
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            SealedDocuments docs = store.documents();
            Random r = new Random(15);
            for (int size : new int[] {0, 1, SealedDocuments.CHUNK - 1, SealedDocuments.CHUNK, SealedDocuments.CHUNK + 1,
                    3 * SealedDocuments.CHUNK, 150_000}) {
                byte[] plain = new byte[size];
                r.nextBytes(plain);
                Path f = dir.resolve("doc-" + size);
                Files.write(f, docs.seal(plain));
                assertTrue(SealedDocuments.isSealed(f));
                assertEquals(size, docs.plainSize(f), "plain size of " + size);
                assertArrayEquals(plain, docs.read(f));
                for (int i = 0; i < 20 && size > 0; i++) {
                    int from = r.nextInt(size);
                    int length = r.nextInt(size - from) + 1;
                    try (InputStream in = docs.open(f)) {
                        in.skipNBytes(from);
                        assertArrayEquals(Arrays.copyOfRange(plain, from, from + length), in.readNBytes(length),
                                "range " + from + "+" + length + " of " + size);
                    }
                }
                if (size > 2) {
                    assertFalse(Arrays.equals(plain, Arrays.copyOfRange(Files.readAllBytes(f), 4, 4 + size)),
                            "not the plain bytes on disk");
                }
            }
        }
    }

    @Test
    void aChangedByteOrAnotherKeyIsRefused() throws IOException {
        Path f = dir.resolve("doc");
        byte[] plain = new byte[100_000];
        new Random(1).nextBytes(plain);
        try (Store store = Store.open(dir.resolve("a.db"), Clock.systemUTC())) {
            Files.write(f, store.documents().seal(plain));
        }
        try (Store other = Store.open(dir.resolve("b.db"), Clock.systemUTC())) {
            assertThrows(IOException.class, () -> other.documents().read(f), "another database's key");
        }
        try (Store store = Store.open(dir.resolve("a.db"), Clock.systemUTC())) {
            byte[] sealed = Files.readAllBytes(f);
            sealed[sealed.length - 100] ^= 1;
            Files.write(f, sealed);
            assertThrows(IOException.class, () -> store.documents().read(f), "a changed byte");
        }
    }

    @Test
    void chunksSwappedOrCutOffAreRefused() throws IOException {
        int chunk = SealedDocuments.CHUNK + SealedDocuments.OVERHEAD;
        byte[] plain = new byte[3 * SealedDocuments.CHUNK + 10];
        new Random(2).nextBytes(plain);
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            byte[] sealed = store.documents().seal(plain);
            byte[] swapped = sealed.clone();
            System.arraycopy(sealed, 4 + chunk, swapped, 4, chunk);
            System.arraycopy(sealed, 4, swapped, 4 + chunk, chunk);
            Path f = dir.resolve("swapped");
            Files.write(f, swapped);
            assertThrows(IOException.class, () -> store.documents().read(f), "two chunks swapped");
            Path cut = dir.resolve("cut");
            Files.write(cut, Arrays.copyOf(sealed, 4 + 2 * chunk));
            assertThrows(IOException.class, () -> store.documents().read(cut), "the last chunks cut off");
            assertEquals(plain.length, store.documents().plainSize(f));
        }
    }

    @Test
    void aDocumentWrittenBeforeEncryptionIsReadAsItIs() throws IOException {
        Path f = dir.resolve("old.jpg");
        byte[] plain = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        Files.write(f, plain);
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            assertFalse(SealedDocuments.isSealed(f));
            assertEquals(5, store.documents().plainSize(f));
            assertArrayEquals(plain, store.documents().read(f));
        }
    }
}
