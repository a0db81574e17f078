package pe.macexpress.desk.core;

import java.util.Set;

/** SUNAT's RUC: 11 digits, a known prefix, and a mod-11 check digit. */
public final class RucCheck {
    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final Set<String> PREFIXES = Set.of("10", "15", "16", "17", "20");

    private RucCheck() {
    }

    public static boolean isValid(String ruc) {
        if (ruc == null || ruc.length() != 11 || !ruc.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (!PREFIXES.contains(ruc.substring(0, 2))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (ruc.charAt(i) - '0') * WEIGHTS[i];
        }
        return ruc.charAt(10) - '0' == (11 - sum % 11) % 10;
    }
}
