package pe.macexpress.desk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.speech.EspeakSpeech;
import pe.macexpress.desk.security.KeyRing;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.HealthReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code doctor [--json]}: the state of the local store, for support staff and monitoring. */
@Command(name = "doctor", mixinStandardHelpOptions = true)
final class DoctorCommand extends DataFolderCommand {

    @Option(names = "--json")
    boolean json;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        HealthReport r = HealthReport.examine(settings.databaseFile(), BackupService.of(settings, clock));
        // Issue 15 (audit): the chain is verified and its head compared with the anchor kept beside the key.
        Optional<AuditChainStore.Check> chain = Optional.empty();
        boolean chainReadable = true;
        if ("ok".equals(r.integrity())) {
            try {
                chain = AuditChainStore.examine(settings.databaseFile());
            } catch (StoreException e) {
                chainReadable = false;
            }
        }
        boolean chainOk = chainReadable && chain.map(AuditChainStore.Check::trustworthy).orElse(true);
        // Issue 16: whether this PC can read aloud, and with which voice (asks eSpeak NG, if installed).
        EspeakSpeech speech = EspeakSpeech.find(System.getenv("PATH"), Localization.bundledOnly(),
                EspeakSpeech.Options.of(settings.get(ConfigKeys.SPEECH_RATE), settings.get(ConfigKeys.SPEECH_VOICES)));
        Map<String, String> voices = voices(speech);
        if (json) {
            out.println(withSpeech(json(r, chain, chainReadable), speech, voices));
        } else {
            ZoneId zone = clock.getZone();
            Map<String, String> rows = new LinkedHashMap<>();
            rows.put("cli.doctor.integrity", r.integrity());
            rows.put("cli.doctor.schema", String.valueOf(r.schemaVersion()));
            rows.put("cli.doctor.attentions", String.valueOf(r.attentions()));
            rows.put("cli.doctor.pending", String.valueOf(r.outbox().pending()));
            rows.put("cli.doctor.sending", String.valueOf(r.outbox().sending()));
            rows.put("cli.doctor.quarantined", String.valueOf(r.outbox().quarantined()));
            rows.put("cli.doctor.acknowledged", String.valueOf(r.outbox().acknowledged()));
            rows.put("cli.doctor.last.backup", when(r.lastBackup(), zone));
            rows.put("cli.doctor.last.sync", when(r.lastSync(), zone));
            rows.put("cli.doctor.folder", r.dataFolder() + " "
                    + DeskCommand.say(spec, settings.training() ? "cli.doctor.training" : "cli.doctor.production"));
            rows.put("cli.doctor.free", r.freeBytes() < 0 ? DeskCommand.say(spec, "cli.doctor.unknown")
                    : String.format(Locale.ROOT, "%.1f GB", r.freeBytes() / 1e9));
            String keyId = HealthReport.keyId(settings.databaseFile());
            if (keyId != null) { // issue 15: where the database's key is; a key file is weaker than the OS's store
                rows.put("cli.doctor.key", DeskCommand.say(spec, keyKey(keyId)));
            }
            // Labels in one column, as wide as the longest label of the language plus two spaces.
            int width = java.util.stream.Stream.concat(rows.keySet().stream(), java.util.stream.Stream.of("audit.doctor.chain"))
                    .mapToInt(k -> DeskCommand.say(spec, k).length()).max().orElse(0) + 2;
            rows.put("speech.doctor", speechText(speech, voices));
            rows.forEach((k, v) -> out.println(String.format("%-" + width + "s", DeskCommand.say(spec, k)) + v));
            String chainText = chainReadable ? chain.map(c -> chainText(c, zone)).orElse(DeskCommand.say(spec,
                    "audit.doctor.chain.none")) : DeskCommand.say(spec, "audit.doctor.chain.unreadable");
            String label = DeskCommand.say(spec, "audit.doctor.chain");
            out.println(String.format("%-" + width + "s", label) + chainText);
            if (!chainOk) {
                out.println(DeskCommand.say(spec, "audit.doctor.chain.todo"));
            }
        }
        return r.healthy() && chainOk ? OK : PROBLEM;
    }

    /** The chain's state in the command line's language: the first broken link (seq, time), or a cut end. */
    private String chainText(AuditChainStore.Check c, ZoneId zone) {
        if (!c.intact()) {
            return DeskCommand.say(spec, "audit.doctor.chain.broken", c.firstBroken().getAsLong(), when(c.brokenAt(), zone));
        }
        return switch (c.anchor()) {
            case MATCHES -> DeskCommand.say(spec, "audit.doctor.chain.ok", c.rows());
            case CUT -> DeskCommand.say(spec, "audit.doctor.chain.cut", c.headSeq(), c.anchorSeq(), when(c.anchorAt(), zone));
            case REWRITTEN -> DeskCommand.say(spec, "audit.doctor.chain.rewritten", c.anchorSeq(), when(c.anchorAt(), zone));
            case MISSING -> DeskCommand.say(spec, "audit.doctor.chain.anchor.missing", c.rows());
            case FORGED -> DeskCommand.say(spec, "audit.doctor.chain.anchor.forged");
            case UNCHECKED -> DeskCommand.say(spec, "audit.doctor.chain.anchor.unchecked");
        };
    }

    /** Issue 16: the languages {@code doctor} reports a voice for (the bundled ones and Aymara). */
    static final java.util.List<String> SPOKEN = java.util.List.of("es", "qu", "ay");

    /** Each of {@link #SPOKEN} with the eSpeak voice that reads it, or null (waits for the voice list). */
    static Map<String, String> voices(EspeakSpeech speech) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String tag : SPOKEN) {
            m.put(tag, speech.voiceFor(tag).orElse(null));
        }
        return m;
    }

    /** "/usr/bin/espeak-ng — es: es-419, qu: qu, ay: sin voz", or that there is no synthesizer. */
    private String speechText(EspeakSpeech speech, Map<String, String> voices) {
        if (speech.program().isEmpty()) {
            return DeskCommand.say(spec, "speech.doctor.none");
        }
        java.util.List<String> each = new java.util.ArrayList<>();
        voices.forEach((tag, voice) -> each.add(tag + ": " + (voice != null ? voice
                : DeskCommand.say(spec, "speech.doctor.no.voice"))));
        return speech.program().get() + " — " + String.join(", ", each);
    }

    /** The JSON line with {@code "speech": {"program": …, "voices": {"es": …, "qu": …, "ay": …}}}. */
    static String withSpeech(String json, EspeakSpeech speech, Map<String, String> voices) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("program", speech.program().map(Object::toString).orElse(null));
            s.put("voices", voices);
            root.set("speech", mapper.valueToTree(s));
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(HealthReport r) {
        return json(r, Optional.empty(), true);
    }

    static String json(HealthReport r, Optional<AuditChainStore.Check> chain, boolean chainReadable) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("integrity", r.integrity());
        m.put("schemaVersion", r.schemaVersion());
        m.put("attentions", r.attentions());
        m.put("pending", r.outbox().pending());
        m.put("sending", r.outbox().sending());
        m.put("quarantined", r.outbox().quarantined());
        m.put("acknowledged", r.outbox().acknowledged());
        m.put("lastBackup", r.lastBackup() == null ? null : r.lastBackup().toString());
        m.put("lastSync", r.lastSync() == null ? null : r.lastSync().toString());
        m.put("dataFolder", r.dataFolder().toString());
        m.put("freeBytes", r.freeBytes());
        String keyId = HealthReport.keyId(r.dataFolder().resolve("desk.db"));
        if (keyId != null) {
            m.put("keyStorage", keyKey(keyId).substring("cli.doctor.key.".length()));
        }
        if (!chainReadable) {
            m.put("auditChain", Map.of("readable", false));
        }
        chain.ifPresent(c -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("rows", c.rows());
            a.put("intact", c.intact());
            a.put("firstBroken", c.firstBroken().isPresent() ? c.firstBroken().getAsLong() : null);
            a.put("brokenAt", c.brokenAt() == null ? null : c.brokenAt().toString());
            a.put("headSeq", c.headSeq());
            a.put("anchor", c.anchor().name());
            a.put("anchorSeq", c.anchorSeq());
            m.put("auditChain", a);
        });
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message key that says where the key {@code keyId} is: the credential store, a key file (weaker), or missing. */
    static String keyKey(String keyId) {
        try {
            KeyRing.Storage storage = KeyRing.storage(keyId);
            if (storage == KeyRing.Storage.CREDENTIAL_STORE) {
                return "cli.doctor.key.store";
            }
            if (storage == KeyRing.Storage.PROTECTED_FILE) {
                return "cli.doctor.key.protected";
            }
            return java.nio.file.Files.isRegularFile(KeyRing.file(keyId)) ? "cli.doctor.key.file" : "cli.doctor.key.missing";
        } catch (IllegalArgumentException e) {
            return "cli.doctor.key.missing";
        }
    }

    private String when(Instant t, ZoneId zone) {
        return t == null ? DeskCommand.say(spec, "status.never") : DeskCommand.dateTime(spec, t, zone);
    }
}
