package pe.macexpress.desk.core;

import java.util.Locale;

/** Citizens' names as screens and support tools show them before the advisor asks for them whole. */
public final class CitizenNames {
    private CitizenNames() {
    }

    /** "JUAN CARLOS QUISPE" → "J*** C*** Q***". */
    public static String masked(String names) {
        StringBuilder sb = new StringBuilder();
        for (String w : names.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append("***");
        }
        return sb.toString();
    }
}
