package pe.macexpress.desk.cli;

import java.util.Locale;
import java.util.Map;
import pe.macexpress.desk.i18n.Localization;

/**
 * The language the command line speaks: {@code --lang TAG} if given, else {@code MACEXPRESS_LANG},
 * else the workstation's own language (the system locale: {@code LANG=qu_PE.UTF-8} or glibc's
 * {@code quz_PE} give Quechua), else Spanish. Read from the arguments before picocli parses them,
 * so that picocli's own messages (usage, a missing option) are in that language too.
 */
final class CliLanguage {
    static final String OPTION = "--lang";
    static final String ENV = "MACEXPRESS_LANG";

    private CliLanguage() {
    }

    static String resolve(String[] args, Map<String, String> env, Locale system, Localization text) {
        String asked = null;
        for (int i = 0; i < args.length && asked == null; i++) {
            if ("--".equals(args[i])) {
                break;
            }
            if (OPTION.equals(args[i]) && i + 1 < args.length) {
                asked = args[i + 1];
            } else if (args[i].startsWith(OPTION + "=")) {
                asked = args[i].substring(OPTION.length() + 1);
            }
        }
        if (asked == null || asked.isBlank()) {
            asked = env.get(ENV);
        }
        if (asked == null || asked.isBlank()) {
            asked = system.getLanguage();
        }
        String tag = normalize(asked);
        return text.languages().stream().anyMatch(l -> l.tag().equals(tag)) ? tag : Localization.FALLBACK;
    }

    /** "qu_PE.UTF-8", "quz", "QU-pe" → "qu"; "es_PE" → "es". The Quechua varieties' ISO codes all start with "qu". */
    static String normalize(String asked) {
        String t = asked.strip().toLowerCase(Locale.ROOT);
        int cut = t.length();
        for (char c : new char[] {'-', '_', '.', '@'}) {
            int i = t.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        t = t.substring(0, cut);
        return t.length() == 3 && t.startsWith("qu") ? "qu" : t;
    }
}
