package pe.macexpress.desk.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.UUID;

/**
 * The two sealed files of the USB loop and their keys. A bundle (desk → central) is sealed for the
 * central's X25519 key: its header carries an ephemeral public key, and the AES key is HKDF of the
 * agreement (salt: both public keys). An answer (central → desk) is sealed with the answer key the
 * desk put inside its bundle: its header carries the bundle id (so the desk finds that key) and a
 * random salt (so two answers to the same bundle never share an AES key).
 */
public final class BundleFiles {
    static final byte[] BUNDLE_MAGIC = "MXB1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] ANSWER_MAGIC = "MXA1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BUNDLE_INFO = "macexpress bundle v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ANSWER_INFO = "macexpress answer v1".getBytes(StandardCharsets.US_ASCII);

    private BundleFiles() {
    }

    /** A header and AES key for a new bundle only {@code central}'s private key can open. */
    public record Sealing(SealedStream.Header header, byte[] key) {
    }

    static Sealing bundleFor(PublicKey central) {
        KeyPair ephemeral = BundleCrypto.newKeyPair();
        byte[] info = ephemeral.getPublic().getEncoded();
        SealedStream.Header h = SealedStream.header(BUNDLE_MAGIC, info);
        byte[] secret = BundleCrypto.agree(ephemeral.getPrivate(), central);
        return new Sealing(h, BundleCrypto.hkdf(concat(info, central.getEncoded()), secret, BUNDLE_INFO, 32));
    }

    public static SealedStream.Header readBundleHeader(java.io.InputStream in)
            throws BundleException, java.io.IOException {
        return SealedStream.readHeader(in, BUNDLE_MAGIC);
    }

    /** The central's side of {@link #bundleFor}. */
    public static byte[] bundleKey(SealedStream.Header h, PrivateKey mine, PublicKey minePublic)
            throws BundleException {
        try {
            PublicKey ephemeral = BundleCrypto.publicKey(h.keyInfo());
            byte[] secret = BundleCrypto.agree(mine, ephemeral);
            return BundleCrypto.hkdf(concat(h.keyInfo(), minePublic.getEncoded()), secret, BUNDLE_INFO, 32);
        } catch (IllegalArgumentException e) {
            throw new BundleException(BundleException.Problem.NOT_A_BUNDLE, "no ephemeral key in the header");
        }
    }

    /** A header and AES key for an answer to {@code bundleId}, sealed with the desk's {@code answerKey}. */
    public static Sealing answerFor(UUID bundleId, byte[] answerKey) {
        ByteBuffer info = ByteBuffer.allocate(32);
        info.putLong(bundleId.getMostSignificantBits()).putLong(bundleId.getLeastSignificantBits())
                .put(BundleCrypto.random(16));
        SealedStream.Header h = SealedStream.header(ANSWER_MAGIC, info.array());
        return new Sealing(h, answerKey(h, answerKey));
    }

    static SealedStream.Header readAnswerHeader(java.io.InputStream in) throws BundleException, java.io.IOException {
        SealedStream.Header h = SealedStream.readHeader(in, ANSWER_MAGIC);
        if (h.keyInfo().length != 32) {
            throw new BundleException(BundleException.Problem.NOT_A_BUNDLE, "answer header of another size");
        }
        return h;
    }

    static UUID answerBundleId(SealedStream.Header h) {
        ByteBuffer b = ByteBuffer.wrap(h.keyInfo());
        return new UUID(b.getLong(), b.getLong());
    }

    static byte[] answerKey(SealedStream.Header h, byte[] answerKey) {
        byte[] salt = java.util.Arrays.copyOfRange(h.keyInfo(), 16, 32);
        return BundleCrypto.hkdf(salt, answerKey, ANSWER_INFO, 32);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
