package pe.macexpress.desk.advisor;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PINs are stored only as salted PBKDF2-HMAC-SHA256. A 4–6 digit PIN is weak on its own; the slow
 * hash and a per-advisor salt make a copied database expensive to brute-force.
 * Format: {@code pbkdf2-sha256$iterations$salt$hash} (base64), so the cost can be raised later.
 *
 * <p>Issue 15: new hashes are {@code pbkdf2-sha256k$…}, computed over the PIN keyed first with the
 * database's blind-index key ({@code AdvisorStore#pepper}), which lives outside the data folder: a
 * copied hash alone gives nothing to brute-force. Old unkeyed hashes are still checked and are
 * replaced by keyed ones at the next successful sign-in ({@link #isKeyed}).
 */
public final class PinHasher {
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PinHasher() {
        this(DEFAULT_ITERATIONS);
    }

    public PinHasher(int iterations) {
        this.iterations = iterations;
    }

    /** The prefix of a hash computed over the keyed PIN. */
    static final String KEYED = "pbkdf2-sha256k";
    private static final String PLAIN = "pbkdf2-sha256";

    /** Training's short demo PINs (4 to 8 digits); see {@link #isAcceptablePin(String, boolean)} for production. */
    public static boolean isAcceptablePin(String pin) {
        return pin != null && pin.matches("[0-9]{4,8}");
    }

    /** Issue 15: a new PIN has at least {@value #PRODUCTION_MIN_DIGITS} digits in production; training keeps 4. */
    public static boolean isAcceptablePin(String pin, boolean training) {
        return pin != null && (training ? pin.matches("[0-9]{4,12}") : pin.matches("[0-9]{" + PRODUCTION_MIN_DIGITS + ",12}"));
    }

    public static final int PRODUCTION_MIN_DIGITS = 6;

    /** Whether {@code stored} was computed over the keyed PIN (else it is upgraded at the next sign-in). */
    public static boolean isKeyed(String stored) {
        return stored != null && stored.startsWith(KEYED + "$");
    }

    /** A hash of the already keyed PIN ({@code AdvisorStore#pepper}). */
    public String hashKeyed(String keyedPin) {
        return hash(KEYED, keyedPin);
    }

    /** Checks a keyed hash against the keyed PIN; false for an unkeyed hash. */
    public boolean verifyKeyed(String keyedPin, String stored) {
        return isKeyed(stored) && verify(KEYED, keyedPin, stored);
    }

    /** An unkeyed hash (kept for the hashes written before issue 15 and their tests). */
    public String hash(String pin) {
        return hash(PLAIN, pin);
    }

    private String hash(String prefix, String pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(pin.toCharArray(), salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return prefix + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Checks an unkeyed hash (written before issue 15); false for a keyed one. */
    public boolean verify(String pin, String stored) {
        return verify(PLAIN, pin, stored);
    }

    private boolean verify(String prefix, String pin, String stored) {
        if (pin == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(prefix)) {
            return false;
        }
        try {
            int iter = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(pin.toCharArray(), salt, iter));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
