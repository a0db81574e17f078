package pe.macexpress.desk.bundle;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The plaintext inside a sealed bundle or answer: a sequence of parts, each a type byte, a small
 * JSON description and the bytes it announces (a document, gzip records, a catalogue).
 * <pre>part = type (1) | JSON length (4) | JSON | data length (8) | data</pre>
 * Bundle: HEADER, RECORDS…, ATTACHMENT…, END. Answer: HEADER, RECORDS… (one upload answer per
 * records part of the bundle, in order), DOCUMENTS, CHANGES, CATALOG (when newer), END.
 */
public final class Parts {
    public static final byte HEADER = 'H';
    public static final byte RECORDS = 'R';
    public static final byte ATTACHMENT = 'A';
    public static final byte DOCUMENTS = 'D';
    public static final byte CHANGES = 'C';
    public static final byte CATALOG = 'K';
    public static final byte END = 'E';
    private static final int MAX_JSON = 16 * 1024 * 1024;

    private Parts() {
    }

    /** Writes a part's type, JSON and data length; the caller writes exactly {@code dataLength} bytes next. */
    public static void start(OutputStream out, byte type, byte[] json, long dataLength) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeByte(type);
        d.writeInt(json.length);
        d.write(json);
        d.writeLong(dataLength);
        d.flush();
    }

    public static void write(OutputStream out, byte type, byte[] json, byte[] data) throws IOException {
        start(out, type, json, data.length);
        out.write(data);
    }

    /** One part's description; its data follows in the stream it was read from. */
    public record Part(byte type, byte[] json, long dataLength) {
    }

    /** Reads the next part's description, or null at the end of the stream. */
    public static Part next(InputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        DataInputStream d = new DataInputStream(in);
        try {
            int jsonLength = d.readInt();
            if (jsonLength < 0 || jsonLength > MAX_JSON) {
                throw new IOException("part description out of bounds");
            }
            byte[] json = d.readNBytes(jsonLength);
            if (json.length < jsonLength) {
                throw new EOFException();
            }
            long dataLength = d.readLong();
            if (dataLength < 0) {
                throw new IOException("negative part length");
            }
            return new Part((byte) type, json, dataLength);
        } catch (EOFException e) {
            throw new IOException("the plaintext ends inside a part", e);
        }
    }

    /** Reads a part's data whole (small parts only: records, catalogue). */
    public static byte[] data(InputStream in, Part p, int max) throws IOException {
        if (p.dataLength() > max) {
            throw new IOException("part too large");
        }
        byte[] b = in.readNBytes((int) p.dataLength());
        if (b.length < p.dataLength()) {
            throw new IOException("the plaintext ends inside a part");
        }
        return b;
    }
}
