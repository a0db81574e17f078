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
        // Each command's description and its options' ("macexpress-desk.<command>.<option's longest name>").
        KEYS.put("macexpress-desk.advisor.usage.description", "cli.advisor.description");
        KEYS.put("macexpress-desk.advisor.id", "cli.advisor.option.id");
        KEYS.put("macexpress-desk.advisor.name", "cli.advisor.option.name");
        KEYS.put("macexpress-desk.advisor.pin", "cli.advisor.option.pin");
        KEYS.put("macexpress-desk.backup.usage.description", "cli.backup.description");
        // Issue 15 (purge)
        KEYS.put("macexpress-desk.purge.usage.description", "cli.purge.description");
        KEYS.put("macexpress-desk.backup.list", "cli.backup.option.list");
        KEYS.put("macexpress-desk.case.usage.description", "cli.case.description");
        KEYS.put("macexpress-desk.case.code", "cli.case.option.code");
        KEYS.put("macexpress-desk.case.json", "cli.case.option.json");
        KEYS.put("macexpress-desk.cases.usage.description", "cli.cases.description");
        KEYS.put("macexpress-desk.cases.open", "cli.cases.option.open");
        KEYS.put("macexpress-desk.cases.json", "cli.cases.option.json");
        KEYS.put("macexpress-desk.catalog.usage.description", "cli.catalog.description");
        KEYS.put("macexpress-desk.catalog.json", "cli.catalog.option.json");
        KEYS.put("macexpress-desk.catalog.import", "cli.catalog.option.import");
        KEYS.put("macexpress-desk.catalog.export", "cli.catalog.option.export");
        KEYS.put("macexpress-desk.doctor.usage.description", "cli.doctor.description");
        KEYS.put("macexpress-desk.doctor.json", "cli.doctor.option.json");
        KEYS.put("macexpress-desk.enroll.usage.description", "cli.enroll.description");
        KEYS.put("macexpress-desk.enroll.server", "cli.enroll.option.server");
        KEYS.put("macexpress-desk.enroll.code", "cli.enroll.option.code");
        KEYS.put("macexpress-desk.identity.usage.description", "cli.identity.description");
        KEYS.put("macexpress-desk.identity.dni", "cli.identity.option.dni");
        KEYS.put("macexpress-desk.identity.purpose", "cli.identity.option.purpose");
        KEYS.put("macexpress-desk.identity.endpoint", "cli.identity.option.endpoint");
        KEYS.put("macexpress-desk.identity.show-names", "cli.identity.option.show.names");
        KEYS.put("macexpress-desk.identity.form", "cli.identity.option.form");
        KEYS.put("macexpress-desk.identity.timeout-ms", "cli.identity.option.timeout.ms");
        KEYS.put("macexpress-desk.point.usage.description", "cli.point.description");
        KEYS.put("macexpress-desk.point.id", "cli.point.option.id");
        KEYS.put("macexpress-desk.point.name", "cli.point.option.name");
        KEYS.put("macexpress-desk.point.type", "cli.point.option.type");
        KEYS.put("macexpress-desk.point.ubigeo", "cli.point.option.ubigeo");
        KEYS.put("macexpress-desk.point.place", "cli.point.option.place");
        KEYS.put("macexpress-desk.restore.usage.description", "cli.restore.description");
        KEYS.put("macexpress-desk.restore.from", "cli.restore.option.from");
        KEYS.put("macexpress-desk.sandbox.usage.description", "cli.sandbox.description");
        KEYS.put("macexpress-desk.sandbox.port", "cli.sandbox.option.port");
        KEYS.put("macexpress-desk.sandbox.enrollment-code", "cli.sandbox.option.enrollment.code");
        KEYS.put("macexpress-desk.sandbox.central-db", "cli.sandbox.option.central.db");
        KEYS.put("macexpress-desk.sandbox.catalog", "cli.sandbox.option.catalog");
        KEYS.put("macexpress-desk.sandbox.admin-token", "cli.sandbox.option.admin.token");
        KEYS.put("macexpress-desk.sandbox.fault-injection", "cli.central.option.fault.injection");
        KEYS.put("macexpress-desk.seed-demo.usage.description", "cli.seed.demo.description");
        KEYS.put("macexpress-desk.seed-demo.attentions", "cli.seed.demo.option.attentions");
        KEYS.put("macexpress-desk.seed-demo.captures", "cli.seed.demo.option.captures");
        KEYS.put("macexpress-desk.seed-demo.voice", "cli.seed.demo.option.voice");
        KEYS.put("macexpress-desk.sync.usage.description", "cli.sync.description");
        KEYS.put("macexpress-desk.sync.to-file", "cli.sync.option.to.file");
        KEYS.put("macexpress-desk.sync.from-file", "cli.sync.option.from.file");
        // receipt (issue 10 point 5)
        KEYS.put("macexpress-desk.receipt.usage.description", "cli.receipt.description");
        KEYS.put("macexpress-desk.receipt.code", "cli.receipt.option.code");
        KEYS.put("macexpress-desk.receipt.out", "cli.receipt.option.out");
        KEYS.put("macexpress-desk.receipt.layout", "cli.receipt.option.layout");
        KEYS.put("macexpress-desk.receipt.citizen-lang", "cli.receipt.option.citizen.lang");
        // export (issue 13 point 8)
        KEYS.put("macexpress-desk.export.usage.description", "cli.export.description");
        KEYS.put("macexpress-desk.export.what", "cli.export.option.what");
        KEYS.put("macexpress-desk.export.format", "cli.export.option.format");
        KEYS.put("macexpress-desk.export.out", "cli.export.option.out");
        // Issue 14 (export): the base de datos' period and its personal columns.
        KEYS.put("macexpress-desk.export.from", "export.base.cli.option.from");
        KEYS.put("macexpress-desk.export.to", "export.base.cli.option.to");
        KEYS.put("macexpress-desk.export.with-personal-data", "export.base.cli.option.with.personal.data");
        // indicators (issue 14)
        KEYS.put("macexpress-desk.indicators.usage.description", "cli.indicators.description");
        KEYS.put("macexpress-desk.indicators.month", "cli.indicators.option.month");
        KEYS.put("macexpress-desk.indicators.from", "cli.indicators.option.from");
        KEYS.put("macexpress-desk.indicators.to", "cli.indicators.option.to");
        KEYS.put("macexpress-desk.indicators.format", "cli.indicators.option.format");
        KEYS.put("macexpress-desk.indicators.out", "cli.indicators.option.out");
        KEYS.put("macexpress-desk.indicators.language", "cli.indicators.option.language");
        KEYS.put("macexpress-desk.indicators.set", "cli.indicators.option.set");
        KEYS.put("macexpress-desk.indicators.baseline-year", "cli.indicators.option.baseline.year");
        KEYS.put("macexpress-desk.indicators.baseline", "cli.indicators.option.baseline");
        KEYS.put("macexpress-desk.indicators.targets", "cli.indicators.option.targets");
        // Issue 15 (roles): the role of an advisor; a supervisor's id and PIN for restore, enroll, export.
        KEYS.put("macexpress-desk.advisor.role", "roles.cli.option.role");
        KEYS.put("supervisor", "roles.cli.option.supervisor");
        KEYS.put("supervisor-pin", "roles.cli.option.supervisor.pin");
        // Issue 14 (monthly report)
        KEYS.put("macexpress-desk.report.usage.description", "cli.report.description");
        KEYS.put("macexpress-desk.report.month", "cli.report.option.month");
        KEYS.put("macexpress-desk.report.format", "cli.report.option.format");
        KEYS.put("macexpress-desk.report.out", "cli.report.option.out");
        KEYS.put("macexpress-desk.report.language", "cli.report.option.language");
        KEYS.put("macexpress-desk.report.prepared-by", "cli.report.option.prepared.by");
        // Issue 16 (review): language review / language report
        KEYS.put("macexpress-desk.language.usage.description", "cli.language.description");
        KEYS.put("macexpress-desk.language.review.usage.description", "review.cli.review.description");
        KEYS.put("macexpress-desk.language.review.language", "review.cli.option.language");
        KEYS.put("macexpress-desk.language.review.reviewer", "review.cli.option.reviewer");
        KEYS.put("macexpress-desk.language.review.keys", "review.cli.option.keys");
        KEYS.put("macexpress-desk.language.review.all-shown", "review.cli.option.all.shown");
        KEYS.put("macexpress-desk.language.report.usage.description", "review.cli.report.description");
        KEYS.put("macexpress-desk.language.report.format", "review.cli.option.format");
        KEYS.put("macexpress-desk.language.report.language", "review.cli.option.report.language");
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
