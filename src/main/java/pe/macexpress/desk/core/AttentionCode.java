package pe.macexpress.desk.core;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The short code a citizen can quote by phone or at the next visit, e.g. {@code K7Q3-9PXA}.
 * Crockford's base-32 alphabet: no I, L, O or U, so nothing is misread when spoken or written.
 */
public final class AttentionCode {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final RandomGenerator RANDOM = new SecureRandom();

    private AttentionCode() {
    }

    public static String next() {
        return next(RANDOM);
    }

    static String next(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static boolean isWellFormed(String code) {
        return code != null && code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    }
}
