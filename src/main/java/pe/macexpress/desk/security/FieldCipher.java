package pe.macexpress.desk.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Field-level encryption of personal data at rest: AES-256-GCM for what must be read back
 * ({@link #seal}/{@link #open}), and keyed HMAC-SHA-256 "blind indexes" for what must only be
 * looked up (a document number, an audit row's subject): equal inputs give equal digests, and no
 * one without the key can tell which input gave one. The key comes from {@link KeyRing}, outside
 * the data folder.
 *
 * <p>Sealed text starts with {@link #PREFIX} so that rows written before encryption (plain text)
 * are still read; they are sealed when next written or by the migration that seals them.
 */
public final class FieldCipher {
    /** Marks a sealed value: "~e1:" + base64url(nonce ‖ ciphertext ‖ tag). */
    public static final String PREFIX = "~e1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryption;
    private final SecretKeySpec blinding;
    private final String keyId;
    /**
     * One AES-GCM cipher and one HMAC per thread, initialised again for each value (a new nonce each
     * time): getInstance looks the provider up, which cost more than the sealing itself on the save path.
     */
    private final ThreadLocal<Cipher> aes = ThreadLocal.withInitial(FieldCipher::newAes);
    private final ThreadLocal<Mac> hmac = ThreadLocal.withInitial(this::newHmac);

    /** {@code material}: 64 bytes, the first 32 for AES, the last 32 for HMAC. */
    FieldCipher(String keyId, byte[] material) {
        if (material.length != 64) {
            throw new IllegalArgumentException("key material must be 64 bytes");
        }
        this.keyId = keyId;
        this.encryption = new SecretKeySpec(Arrays.copyOfRange(material, 0, 32), "AES");
        this.blinding = new SecretKeySpec(Arrays.copyOfRange(material, 32, 64), "HmacSHA256");
    }

    /** The identifier of the key (not secret): stored in the database so the right key is found. */
    public String keyId() {
        return keyId;
    }

    /** {@code plain} sealed; null and "" stay as they are (a blanked field stays blank). */
    public String seal(String plain) {
        if (plain == null || plain.isEmpty()) {
            return plain;
        }
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sealBytes(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** The plain text of a sealed value; a value that is not sealed is returned as it is. */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        byte[] sealed = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
        return new String(openBytes(sealed), StandardCharsets.UTF_8);
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** nonce ‖ ciphertext ‖ tag. */
    public byte[] sealBytes(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = aes.get();
            c.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] body = c.doFinal(plain);
            byte[] out = new byte[NONCE + body.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(body, 0, out, NONCE, body.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain bytes of {@link #sealBytes}'s output; fails (IllegalStateException) if they were changed or the key differs. */
    public byte[] openBytes(byte[] sealed) {
        if (sealed.length < NONCE + TAG_BITS / 8) {
            throw new IllegalStateException("sealed value too short");
        }
        try {
            Cipher c = aes.get();
            c.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            return c.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value does not open with this key (changed, or another key)", e);
        }
    }

    /** A blind index of {@code value}: 32 hex characters (128 bits of HMAC-SHA-256); "" for "". */
    public String blind(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        byte[] d = hmac.get().doFinal(value.getBytes(StandardCharsets.UTF_8)); // doFinal resets it for the next value
        return HexFormat.of().formatHex(d, 0, 16);
    }

    private static Cipher newAes() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private Mac newHmac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(blinding);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
