package pe.macexpress.desk.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import pe.macexpress.desk.security.FieldCipher;

/**
 * How the stores seal personal fields (issue 15, encryption at rest): text through
 * {@link FieldCipher#seal}, blobs through {@link FieldCipher#sealBytes} behind a marker (so a blob
 * written before encryption is still told apart and read), document look-ups through a blind
 * index. Values written before encryption (not sealed) are returned as they are; {@link PersonalData}
 * seals them when the database opens.
 *
 * <p>{@link #PASS_THROUGH} seals nothing: the store benchmark's baseline only (the same code path,
 * the same columns, without the cryptography), so it can print the cost of sealing in one run.
 */
abstract class Sealing {
    /** Starts a sealed blob: the same marker as sealed text, as bytes. */
    private static final byte[] BLOB_MARK = FieldCipher.PREFIX.getBytes(StandardCharsets.US_ASCII);

    abstract String seal(String plain);

    abstract String open(String stored);

    /** The blind index of a document number ("" for ""): equal numbers, equal indexes. */
    abstract String blind(String documentNumber);

    abstract byte[] sealRaw(byte[] plain);

    abstract byte[] openRaw(byte[] sealed);

    /** A blob sealed behind the marker; null stays null. */
    byte[] sealBlob(byte[] plain) {
        if (plain == null) {
            return null;
        }
        byte[] body = sealRaw(plain);
        byte[] out = Arrays.copyOf(BLOB_MARK, BLOB_MARK.length + body.length);
        System.arraycopy(body, 0, out, BLOB_MARK.length, body.length);
        return out;
    }

    /** The plain bytes of a {@link #sealBlob} output; a blob without the marker is returned as it is. */
    final byte[] openBlob(byte[] stored) {
        if (!isSealedBlob(stored)) {
            return stored;
        }
        return openRaw(Arrays.copyOfRange(stored, BLOB_MARK.length, stored.length));
    }

    static boolean isSealedBlob(byte[] stored) {
        return stored != null && stored.length > BLOB_MARK.length
                && Arrays.equals(stored, 0, BLOB_MARK.length, BLOB_MARK, 0, BLOB_MARK.length);
    }

    /** Sealing with the database's key. */
    static Sealing with(FieldCipher cipher) {
        return new Sealing() {
            @Override
            String seal(String plain) {
                return cipher.seal(plain);
            }

            @Override
            String open(String stored) {
                return cipher.open(stored);
            }

            @Override
            String blind(String documentNumber) {
                return cipher.blind(documentNumber);
            }

            @Override
            byte[] sealRaw(byte[] plain) {
                return cipher.sealBytes(plain);
            }

            @Override
            byte[] openRaw(byte[] sealed) {
                return cipher.openBytes(sealed);
            }
        };
    }

    /**
     * The benchmark's baseline: nothing sealed. Blind indexes are the number itself (so look-ups
     * work the same way). Never used by the application.
     */
    static final Sealing PASS_THROUGH = new Sealing() {
        @Override
        String seal(String plain) {
            return plain;
        }

        @Override
        String open(String stored) {
            return stored;
        }

        @Override
        String blind(String documentNumber) {
            return documentNumber == null ? "" : documentNumber;
        }

        @Override
        byte[] sealRaw(byte[] plain) {
            return plain;
        }

        @Override
        byte[] sealBlob(byte[] plain) {
            return plain; // no marker: what an older version wrote
        }

        @Override
        byte[] openRaw(byte[] sealed) {
            return sealed;
        }
    };
}
