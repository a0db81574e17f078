package pe.macexpress.desk.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import pe.macexpress.desk.i18n.Localization;

/**
 * picocli's resource bundle, read from the application's own bundles (i18n/messages_*.properties),
 * so the command line has no text of its own: picocli asks for its keys (usage.synopsisHeading,
 * an option's name, "macexpress-desk.sync.usage.description" …) and gets the text of the mapped
 * message key in the workstation's language. A key picocli asks for that is not mapped here falls
 * back to the annotation's text.
 */
final class CliBundle extends ResourceBundle {
    /** picocli key → message key. */
    static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("usage.synopsisHeading", "cli.usage.synopsis.heading");
        KEYS.put("usage.synopsisSubcommandLabel", "cli.usage.synopsis.command");
        KEYS.put("usage.commandListHeading", "cli.usage.commands.heading");
        KEYS.put("usage.optionListHeading", "cli.usage.options.heading");
        KEYS.put("usage.parameterListHeading", "cli.usage.parameters.heading");
        KEYS.put("help", "cli.option.help");
        KEYS.put("version", "cli.option.version");
        KEYS.put("home", "cli.option.home");
        KEYS.put("lang", "cli.option.lang");
        KEYS.put("macexpress-desk.usage.description", "cli.desk.description");
    }

    private final Localization text;
    private final String tag;

    CliBundle(Localization text, String tag) {
        this.text = text;
        this.tag = tag;
    }

    @Override
    protected Object handleGetObject(String key) {
        String messageKey = KEYS.get(key);
        return messageKey == null ? null : text.text(tag, messageKey, InvalidConfiguration.EXIT_CODE);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(KEYS.keySet());
    }
}
