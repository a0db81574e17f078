package pe.macexpress.desk.bundle;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of USB bundles, JDK only: the central's X25519 pair (public half pinned by the desk at
 * enrollment), an ephemeral X25519 pair per bundle (ephemeral-static agreement: only the central can
 * derive the bundle's key), HKDF-SHA256 (RFC 5869) to turn a shared secret into an AES-256 key.
 */
public final class BundleCrypto {
    static final SecureRandom RANDOM = new SecureRandom();

    private BundleCrypto() {
    }

    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("X25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is missing from this JDK", e);
        }
    }

    /** Base64 of the key's standard encoding (X.509 for public, PKCS#8 for private keys). */
    public static String encode(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** @throws IllegalArgumentException when the text is not an X25519 public key */
    public static PublicKey publicKey(String base64) {
        try {
            return publicKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an X25519 public key", e);
        }
    }

    static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X25519 public key", e);
        }
    }

    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("X25519").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an X25519 private key", e);
        }
    }

    static byte[] agree(PrivateKey mine, PublicKey theirs) {
        try {
            KeyAgreement ka = KeyAgreement.getInstance("X25519");
            ka.init(mine);
            ka.doPhase(theirs, true);
            return ka.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("key agreement failed", e);
        }
    }

    /** HKDF-SHA256 extract-then-expand, {@code length} ≤ 255 × 32 bytes. */
    static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
            byte[] prk = mac.doFinal(ikm);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            byte[] out = new byte[length];
            byte[] t = new byte[0];
            for (int done = 0, i = 1; done < length; i++) {
                mac.update(t);
                mac.update(info);
                mac.update((byte) i);
                t = mac.doFinal();
                int n = Math.min(t.length, length - done);
                System.arraycopy(t, 0, out, done, n);
                done += n;
            }
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
