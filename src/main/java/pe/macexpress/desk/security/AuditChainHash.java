package pe.macexpress.desk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The audit chain's link: SHA-256 over the previous row's hash and the row's fields, each field
 * length-prefixed (so no two different rows hash alike by moving text between fields). One
 * function for the desk (which writes and verifies the chain) and the central (which checks each
 * workstation's chain as it arrives): the two can never disagree on what a link is.
 */
public final class AuditChainHash {
    /** The previous hash of a chain's first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChainHash() {
    }

    public static String of(String prev, long seq, long at, String actor, String action, String purpose, String subject,
                            String detail) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {prev, Long.toString(seq), Long.toString(at), actor, action, purpose, subject,
                    detail}) {
                byte[] b = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
                md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A well-formed link hash (64 lowercase hex digits). */
    public static boolean isHash(String s) {
        return s != null && s.length() == 64 && s.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f');
    }
}
