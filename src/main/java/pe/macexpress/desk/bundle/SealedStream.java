package pe.macexpress.desk.bundle;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted file format of bundles and answers, streaming: a clear header, then the plaintext
 * in segments of {@link #SEGMENT} bytes, each sealed with AES-256-GCM under a nonce made of the
 * segment's number and a flag on the last one (the "STREAM" construction of Hoang, Reyhanitabar,
 * Rogaway and Vizár). The header is the additional data of every segment. So a reordered, altered,
 * dropped or added segment fails its tag, and a file cut at a segment boundary lacks its flagged
 * last segment: every damage is found, and callers read the whole file before using any of it.
 * <pre>
 * magic (4) | segment size (4) | key info length (2) | key info | segment 0 | … | last segment
 * segment = AES-GCM(key, nonce = 0^7 | counter (4, big-endian) | last (1), plaintext) with its 16-byte tag
 * </pre>
 * The key is fresh for every file (an ephemeral agreement, or a random salt), so counters never
 * repeat a nonce under one key.
 */
public final class SealedStream {
    public static final int SEGMENT = 64 * 1024;
    private static final int TAG = 16;
    private static final int MAX_KEY_INFO = 1024;

    private SealedStream() {
    }

    /** The clear header of a sealed file. */
    public record Header(byte[] magic, int segment, byte[] keyInfo, byte[] bytes) {
    }

    public static Header header(byte[] magic, byte[] keyInfo) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 + 2 + keyInfo.length);
        b.put(magic).putInt(SEGMENT).putShort((short) keyInfo.length).put(keyInfo);
        return new Header(magic.clone(), SEGMENT, keyInfo.clone(), b.array());
    }

    /** Writes the header and returns the stream that seals what is written to it; close() seals the last segment. */
    public static OutputStream seal(OutputStream out, Header header, byte[] key) throws IOException {
        out.write(header.bytes());
        return new Sealer(out, header, key);
    }

    /** Reads the clear header; {@link BundleException.Problem#NOT_A_BUNDLE} when it is not one with {@code magic}. */
    public static Header readHeader(InputStream in, byte[] magic) throws BundleException, IOException {
        DataInputStream d = new DataInputStream(in);
        try {
            byte[] m = d.readNBytes(4);
            if (!Arrays.equals(m, magic)) {
                throw new BundleException(BundleException.Problem.NOT_A_BUNDLE, "not a file of this kind");
            }
            int segment = d.readInt();
            int infoLength = d.readUnsignedShort();
            if (segment < 1024 || segment > 16 * 1024 * 1024 || infoLength > MAX_KEY_INFO) {
                throw new BundleException(BundleException.Problem.NOT_A_BUNDLE, "header out of bounds");
            }
            byte[] info = d.readNBytes(infoLength);
            if (info.length < infoLength) {
                throw new BundleException(BundleException.Problem.TRUNCATED, "ends inside its header");
            }
            ByteBuffer b = ByteBuffer.allocate(10 + infoLength);
            b.put(m).putInt(segment).putShort((short) infoLength).put(info);
            return new Header(m, segment, info, b.array());
        } catch (EOFException e) {
            throw new BundleException(BundleException.Problem.TRUNCATED, "ends inside its header");
        }
    }

    /**
     * Opens every segment after the header and writes the plaintext to {@code plain}, which the
     * caller must discard unless this returns normally. Returns the plaintext length.
     */
    public static long open(InputStream in, Header header, byte[] key, OutputStream plain)
            throws BundleException, IOException {
        int full = header.segment() + TAG;
        byte[] chunk = new byte[full];
        byte[] next = new byte[full];
        int length = in.readNBytes(chunk, 0, full);
        if (length < TAG) {
            throw new BundleException(BundleException.Problem.TRUNCATED, "no segment after the header");
        }
        long total = 0;
        for (int counter = 0; ; counter++) {
            int nextLength = length == full ? in.readNBytes(next, 0, full) : 0;
            boolean last = nextLength == 0;
            byte[] opened;
            try {
                opened = cipher(Cipher.DECRYPT_MODE, key, header, counter, last).doFinal(chunk, 0, length);
            } catch (AEADBadTagException e) {
                throw refused(key, header, counter, last, chunk, length);
            } catch (GeneralSecurityException e) {
                throw new BundleException(BundleException.Problem.DAMAGED, "segment " + counter + " unreadable", e);
            }
            plain.write(opened);
            total += opened.length;
            if (last) {
                return total;
            }
            if (nextLength < TAG) {
                throw new BundleException(BundleException.Problem.TRUNCATED, "cut after segment " + counter);
            }
            byte[] t = chunk;
            chunk = next;
            next = t;
            length = nextLength;
        }
    }

    /** Why a segment did not open: cut at a boundary (it opens as a middle one), ours but altered, or not ours. */
    private static BundleException refused(byte[] key, Header header, int counter, boolean last, byte[] chunk,
                                           int length) {
        if (last) {
            try {
                cipher(Cipher.DECRYPT_MODE, key, header, counter, false).doFinal(chunk, 0, length);
                return new BundleException(BundleException.Problem.TRUNCATED,
                        "cut after segment " + counter + ": its last segment is missing");
            } catch (GeneralSecurityException e) {
                // not a middle segment either: altered, or cut inside a segment
            }
        }
        if (counter == 0) {
            return new BundleException(BundleException.Problem.NOT_FOR_US,
                    "the first segment does not open with this key");
        }
        return new BundleException(BundleException.Problem.DAMAGED,
                "segment " + counter + " does not authenticate (altered, reordered or cut)");
    }

    private static Cipher cipher(int mode, byte[] key, Header header, int counter, boolean last)
            throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        ByteBuffer.wrap(nonce, 7, 5).putInt(counter).put((byte) (last ? 1 : 0));
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG * 8, nonce));
        c.updateAAD(header.bytes());
        return c;
    }

    /** Buffers one segment; a full one is sealed as a middle segment only once more bytes come. */
    private static final class Sealer extends OutputStream {
        private final OutputStream out;
        private final Header header;
        private final byte[] key;
        private final byte[] buffer;
        private int filled;
        private int counter;
        private boolean closed;

        Sealer(OutputStream out, Header header, byte[] key) {
            this.out = out;
            this.header = header;
            this.key = key.clone();
            this.buffer = new byte[header.segment()];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("sealed stream closed");
            }
            while (len > 0) {
                if (filled == buffer.length) {
                    emit(false);
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void emit(boolean last) throws IOException {
            if (counter == Integer.MAX_VALUE) {
                throw new IOException("too many segments");
            }
            try {
                out.write(cipher(Cipher.ENCRYPT_MODE, key, header, counter++, last).doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot seal a segment", e);
            }
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                emit(true);
                closed = true;
                out.close();
            }
        }
    }
}
