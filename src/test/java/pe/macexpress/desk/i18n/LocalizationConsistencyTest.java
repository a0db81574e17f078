package pe.macexpress.desk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.DocumentError;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.PointType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.identity.CredentialChange;
import pe.macexpress.desk.identity.IdentityFlags;
import pe.macexpress.desk.identity.IdentityOutcome;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.sync.AttentionSyncState;
import pe.macexpress.desk.sync.Enrollment;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.sync.SyncError;
import pe.macexpress.desk.sync.SyncState;
import pe.macexpress.desk.sync.SyncWarning;

/**
 * After JabRef's LocalizationConsistencyTest: every key the code uses exists in every bundle,
 * no bundle has a key nobody uses or a key twice, and every bundle loads and formats.
 */
class LocalizationConsistencyTest {
    private static final Path BUNDLES = Path.of("i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    /** String literals shaped like keys: "word.word[.word…]". */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\"");

    /** Keys built from enums at run time ("outcome." + name …), listed here from the enums themselves. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new TreeSet<>();
        for (DocumentType t : DocumentType.values()) {
            keys.add(t.messageKey());
        }
        for (DocumentError e : DocumentError.values()) {
            keys.add(e.messageKey());
        }
        for (VerificationState s : VerificationState.values()) {
            keys.add(s.messageKey());
        }
        for (OutcomeType o : OutcomeType.values()) {
            keys.add(o.messageKey());
            if (o.needsDetail()) {
                keys.add("procedure.detail." + o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
            }
        }
        // roles and sign-in (issue 15): the PIN prompt names the supervisor's action.
        for (var action : pe.macexpress.desk.advisor.SupervisorGate.Action.values()) {
            keys.add(action.messageKey());
        }
        for (var why : pe.macexpress.desk.ui.attention.LeaveVisitPanel.Reason.values()) {
            pe.macexpress.desk.ui.attention.LeaveVisitPanel.Reason.PARTS.forEach(part -> keys.add(why.key(part)));
        }
        for (pe.macexpress.desk.catalog.Eligibility e : pe.macexpress.desk.catalog.Eligibility.values()) {
            keys.add(e.messageKey());
        }
        for (pe.macexpress.desk.catalog.ProcedureKind k : pe.macexpress.desk.catalog.ProcedureKind.values()) {
            keys.add(k.messageKey());
        }
        for (pe.macexpress.desk.catalog.CatalogException.Problem p : pe.macexpress.desk.catalog.CatalogException.Problem.values()) {
            keys.add(p.messageKey());
        }
        for (pe.macexpress.desk.catalog.CatalogService.Source s : pe.macexpress.desk.catalog.CatalogService.Source.values()) {
            keys.add(s.messageKey());
        }
        for (pe.macexpress.desk.core.Channel c : pe.macexpress.desk.core.Channel.values()) {
            keys.add(c.messageKey());
        }
        for (PointType p : PointType.values()) {
            keys.add(p.messageKey());
        }
        for (pe.macexpress.desk.core.CaseAnswer a : pe.macexpress.desk.core.CaseAnswer.values()) {
            keys.add(a.messageKey());
        }
        for (pe.macexpress.desk.core.CaseReason r : pe.macexpress.desk.core.CaseReason.values()) {
            keys.add(r.messageKey());
        }
        for (pe.macexpress.desk.cases.CaseFilter f : pe.macexpress.desk.cases.CaseFilter.values()) {
            keys.add(f.messageKey());
        }
        for (IdentityOutcome i : IdentityOutcome.values()) {
            keys.add(i.messageKey());
        }
        for (StoreException.Kind k : StoreException.Kind.values()) {
            keys.add(k.messageKey());
        }
        for (CredentialChange.Result r : CredentialChange.Result.values()) {
            keys.add(r.messageKey());
        }
        for (IdentityFlags.Reason r : IdentityFlags.Reason.values()) {
            keys.add(r.messageKey());
        }
        for (SyncState v : SyncState.values()) {
            keys.add(v.messageKey());
        }
        for (SyncError v : SyncError.values()) {
            keys.add(v.messageKey());
        }
        for (SyncWarning.Reason v : SyncWarning.Reason.values()) {
            keys.add(v.messageKey());
        }
        for (AttentionSyncState v : AttentionSyncState.values()) {
            keys.add(v.messageKey());
        }
        for (RejectReason v : RejectReason.values()) {
            keys.add(v.messageKey());
        }
        for (Enrollment.Result v : Enrollment.Result.values()) {
            keys.add(v.messageKey());
        }
        for (pe.macexpress.desk.bundle.BundleException.Problem v : pe.macexpress.desk.bundle.BundleException.Problem.values()) {
            keys.add(v.messageKey());
        }
        for (int m = 1; m <= 12; m++) {
            keys.add(Localization.MONTH + m);
            keys.add(Localization.MONTH_SHORT + m);
        }
        keys.addAll(List.of("greeting.morning", "greeting.afternoon", "greeting.evening", "language.name"));
        // Issue 13 (survey, suggestions, protocol): greeting and farewell share the part of the day.
        for (pe.macexpress.desk.core.PartOfDay p : pe.macexpress.desk.core.PartOfDay.values()) {
            keys.add(p.greetingKey());
            keys.add(p.wishKey());
        }
        // complaints (issue 13)
        for (pe.macexpress.desk.core.ComplaintFiling.Problem v : pe.macexpress.desk.core.ComplaintFiling.Problem.values()) {
            keys.add(v.messageKey());
        }
        for (pe.macexpress.desk.core.ComplaintFiling.ReplyVia v : pe.macexpress.desk.core.ComplaintFiling.ReplyVia.values()) {
            keys.add("complaint.copy.reply." + v.code());
        }
        for (pe.macexpress.desk.core.ComplaintFiling.Confirmation v
                : pe.macexpress.desk.core.ComplaintFiling.Confirmation.values()) {
            keys.add("complaint.copy.confirmed." + v.code());
        }
        for (pe.macexpress.desk.core.Complaint.AnswerVia v : pe.macexpress.desk.core.Complaint.AnswerVia.values()) {
            keys.add("complaint.answer.via." + v.code());
        }
        // Issue 13 (incidents): type and severity names.
        for (pe.macexpress.desk.core.IncidentType v : pe.macexpress.desk.core.IncidentType.values()) {
            keys.add(v.messageKey());
        }
        for (pe.macexpress.desk.core.IncidentSeverity v : pe.macexpress.desk.core.IncidentSeverity.values()) {
            keys.add(v.messageKey());
        }
        // Issue 14 (indicators): names, units, means of verification, scopes, verdicts.
        keys.addAll(pe.macexpress.desk.reports.Indicators.messageKeys());
        // Issue 16 (review): a glossary finding's problem and a string's review state, in the report and on screen.
        for (GlossaryCheck.Problem p : GlossaryCheck.Problem.values()) {
            keys.add(p.messageKey());
        }
        for (ReviewReport.Status st : ReviewReport.Status.values()) {
            keys.add(st.messageKey());
        }
        // Issue 16 (speech): the digits' names, read one by one in codes and document numbers.
        for (int d = 0; d <= 9; d++) {
            keys.add(pe.macexpress.desk.speech.SpokenText.DIGIT + d);
        }
        // Issue 16 (pictograms): their names per family and next step, and the next steps' sentences.
        keys.addAll(pe.macexpress.desk.pictogram.Drawings.messageKeys());
        return keys;
    }

    /**
     * Dotted literals in the sources that are message keys: every one under {@code ui/}, and elsewhere
     * every one that starts like a bundle's keys ("config.", "sync.", "store.", …), so a key used
     * by a service and missing from every bundle is caught too. Literals that only look like keys
     * (configuration keys, stored setting names) are left out by name.
     */
    private static Set<String> keysInSources(Set<String> bundleKeys) throws IOException {
        Set<String> prefixes = new TreeSet<>();
        bundleKeys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Set<String> notMessages = new TreeSet<>();
        ConfigKeys.ALL.forEach(k -> notMessages.add(k.name()));
        for (Setting setting : Setting.values()) {
            notMessages.add(setting.key());
        }
        // Issue 15 (audit): audited actions' names ("backup.restore", …) are stored and synced, never shown.
        for (java.lang.reflect.Field f : pe.macexpress.desk.security.AuditActions.class.getFields()) {
            if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                try {
                    notMessages.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String candidate = m.group(1);
                    boolean looksLikeAMessage = prefixes.contains(candidate.substring(0, candidate.indexOf('.') + 1));
                    if (f.toString().contains("/ui/") || bundleKeys.contains(candidate)
                            || looksLikeAMessage && !notMessages.contains(candidate)) {
                        used.add(candidate);
                    }
                }
            }
        }
        return used;
    }

    private static List<String> rawKeys(Path bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
                continue;
            }
            int eq = l.indexOf('=');
            keys.add((eq < 0 ? l : l.substring(0, eq)).strip());
        }
        return keys;
    }

    /** Languages that must have every key; any other (Aymara, a file dropped in later) may be partial. */
    static final List<String> COMPLETE = List.of("es", "qu");

    @Test
    void spanishAndQuechuaHaveExactlyTheUsedKeys() throws IOException {
        Localization l = Localization.bundledOnly();
        Set<String> spanish = l.keys("es");
        Set<String> used = keysInSources(spanish);
        used.addAll(dynamicKeys());
        for (String tag : COMPLETE) {
            Set<String> keys = l.keys(tag);
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(keys);
            assertEquals(Set.of(), missing, "keys used in code but missing from messages_" + tag);
            Set<String> unused = new TreeSet<>(keys);
            unused.removeAll(used);
            assertEquals(Set.of(), unused, "keys in messages_" + tag + " that no code uses");
        }
    }

    @Test
    void noBundleHasAKeyTwice() throws IOException {
        for (String tag : Localization.BUNDLED) {
            List<String> keys = rawKeys(BUNDLES.resolve("messages_" + tag + ".properties"));
            Set<String> seen = new HashSet<>();
            List<String> twice = keys.stream().filter(k -> !seen.add(k)).toList();
            assertEquals(List.of(), twice, "duplicate keys in messages_" + tag);
        }
    }

    @Test
    void everyMessageFormatsWithoutErrors() throws IOException {
        Localization l = Localization.bundledOnly();
        Object[] args = {"ARG0", "ARG1", "ARG2", "ARG3"};
        for (String tag : Localization.BUNDLED) {
            java.util.Properties raw = new java.util.Properties();
            try (var r = Files.newBufferedReader(BUNDLES.resolve("messages_" + tag + ".properties"))) {
                raw.load(r);
            }
            for (String key : raw.stringPropertyNames()) {
                String text = l.text(tag, key, args);
                assertFalse(text.isBlank(), key + " blank in " + tag);
                for (int i = 0; i < args.length; i++) {
                    if (raw.getProperty(key).contains("{" + i + "}")) {
                        // A lone apostrophe in a MessageFormat pattern quotes the rest: arguments vanish.
                        assertTrue(text.contains("ARG" + i), key + " in " + tag + " loses argument " + i + ": " + text);
                    }
                }
            }
        }
        assertEquals("Allin p'unchaw", l.text("qu", "greeting.morning"), "apostrophes survive MessageFormat");
    }

    /**
     * The only texts that may read the same in Spanish and Quechua: names and codes, with why.
     * A text with no letters besides its placeholders ("{0} — {1}") has nothing to translate and
     * needs no entry. Anything else equal to the Spanish is Spanish left on a Quechua screen.
     */
    static final Map<String, String> SAME_ON_PURPOSE = Map.of(
            "app.title", "brand: MAC Express",
            "login.pin", "acronym: PIN",
            "document.type.dni", "document's name: DNI",
            "point.type.tambo", "programme's name: Tambo (PAIS)",
            "point.type.pias", "acronym: PIAS",
            "point.type.centro.mac", "brand: Centro MAC",
            "session.info", "placeholders and 'ubigeo', INEI's code name",
            "date.time.pattern", "java.time pattern letters, the month name comes from date.month.N");

    /** Spanish words the issue found on Quechua screens, and the Spanish month names: never in a Quechua text. */
    private static final List<String> NEVER_IN_QUECHUA = List.of("asesor", "ciudadano", "entidad", "código",
            "codigo", "copia de seguridad", "práctica", "pendiente", "por verificar", "supervisión", "sincroniz",
            "verificación", "enero",
            "febrero", "marzo", "abril", "junio", "julio", "agosto", "setiembre", "septiembre", "octubre",
            "noviembre", "diciembre");

    private static boolean hasWords(String text) {
        return text.replaceAll("\\{\\d+}", "").codePoints().anyMatch(Character::isLetter);
    }

    @Test
    void quechuaTextsAreNotSpanishOutsideTheAllowList() {
        Localization l = Localization.bundledOnly();
        List<String> same = new ArrayList<>();
        for (String key : new TreeSet<>(l.keys("es"))) {
            String es = l.text("es", key);
            if (es.equals(l.text("qu", key)) && hasWords(es) && !SAME_ON_PURPOSE.containsKey(key)) {
                same.add(key + " = " + es);
            }
        }
        assertEquals(List.of(), same, "Quechua texts identical to the Spanish ones (translate, or add a name/code to SAME_ON_PURPOSE)");
        for (String key : SAME_ON_PURPOSE.keySet()) {
            assertTrue(l.keys("qu").contains(key), "allow-listed key no longer exists: " + key);
        }
        List<String> spanish = new ArrayList<>();
        for (String key : new TreeSet<>(l.keys("qu"))) {
            String qu = l.text("qu", key).toLowerCase(java.util.Locale.ROOT);
            NEVER_IN_QUECHUA.stream().filter(qu::contains).forEach(w -> spanish.add(key + ": " + w));
        }
        assertEquals(List.of(), spanish, "Spanish words left in Quechua texts");
    }

    @Test
    void theBundledCatalogsQuechuaHasNoneOfThoseSpanishWords() throws IOException {
        // Procedure names, requirements and help reach the Quechua screens from the catalogue, not the bundles.
        com.fasterxml.jackson.databind.JsonNode root;
        try (var in = pe.macexpress.desk.catalog.Catalog.class.getResourceAsStream(pe.macexpress.desk.catalog.Catalog.BUNDLED)) {
            root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        List<String> quechua = new ArrayList<>();
        collectQuechua(root, quechua);
        assertTrue(quechua.size() > 100, "catalogue's Quechua texts read: " + quechua.size());
        List<String> spanish = new ArrayList<>();
        for (String text : quechua) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            NEVER_IN_QUECHUA.stream().filter(lower::contains).forEach(w -> spanish.add(w + ": " + text));
        }
        assertEquals(List.of(), spanish);
    }

    private static void collectQuechua(com.fasterxml.jackson.databind.JsonNode node, List<String> out) {
        node.fields().forEachRemaining(e -> {
            if (e.getKey().equals("qu") && e.getValue().isTextual()) {
                out.add(e.getValue().asText());
            } else if (e.getKey().equals("qu") && e.getValue().isArray()) {
                e.getValue().forEach(v -> out.add(v.asText()));
            } else {
                collectQuechua(e.getValue(), out);
            }
        });
        if (node.isArray()) {
            node.forEach(v -> collectQuechua(v, out));
        }
    }

    @Test
    void theAllowListCatchesACopiedSpanishText() {
        // The rule above, applied to a bundle where a label was copied: it must be reported.
        assertTrue(hasWords("Ciudadano: {0}"));
        assertFalse(hasWords("{0} — {1}: {2}"));
        assertFalse(SAME_ON_PURPOSE.containsKey("login.advisor"));
    }

    @Test
    void aFourthLanguageIsOneFileDroppedInTheDataFolder(@TempDir Path home) throws IOException {
        Path extra = home.resolve("i18n");
        Files.createDirectories(extra);
        // Guarani, two texts and one left blank: the rest must show in Spanish.
        Files.writeString(extra.resolve("messages_gn.properties"),
                "language.name=Avañeʼẽ\nsurvey.face.5=Iporãiterei\nsurvey.face.4=\n", StandardCharsets.UTF_8);
        Files.writeString(extra.resolve("not-a-bundle.txt"), "x");
        Localization l = Localization.load(extra);
        assertEquals(List.of("es", "qu", "ay", "gn"), l.languages().stream().map(Language::tag).toList());
        assertEquals("Avañeʼẽ", l.language("gn").displayName());
        assertEquals("Iporãiterei", l.text("gn", "survey.face.5"));
        assertEquals(l.text("es", "survey.face.4"), l.text("gn", "survey.face.4"), "a blank text falls back to Spanish");
        assertEquals(l.text("es", "login.title"), l.text("gn", "login.title"), "missing keys fall back to Spanish");
        assertEquals(l.date("es", java.time.LocalDate.of(2026, 12, 2)), l.date("gn", java.time.LocalDate.of(2026, 12, 2)));
        assertFalse(l.isComplete("gn"));
        assertTrue(l.missingKeys("gn").contains("survey.face.4"));
        assertFalse(l.missingKeys("gn").contains("survey.face.5"));
        int spanish = l.keys("es").size();
        assertEquals(spanish - 2, l.missingKeys("gn").size(), "every Spanish key but the two it translates");
        assertEquals(2.0 / spanish, l.coverage("gn"), 1e-9);
        // A bundled language cannot be replaced by a dropped file: Aymara stays the bundled one.
        Files.writeString(extra.resolve("messages_ay.properties"), "language.name=Otro\n", StandardCharsets.UTF_8);
        assertEquals("Aymar aru", Localization.load(extra).language("ay").displayName());
    }

    @Test
    void coverageCountsTheSpanishKeysALanguageTranslates() {
        Localization l = Localization.bundledOnly();
        for (String tag : COMPLETE) {
            assertTrue(l.isComplete(tag), tag);
            assertEquals(Set.of(), l.missingKeys(tag), tag);
            assertEquals(1.0, l.coverage(tag), 1e-9, tag);
        }
        assertFalse(l.isComplete("ay"), "Aymara is partial: the advisor's screens stay mostly in Spanish");
        double ay = l.coverage("ay");
        assertTrue(ay > 0.05 && ay < 1.0, "Aymara coverage " + ay);
        assertEquals(l.keys("es").size() - l.keys("ay").size(), l.missingKeys("ay").size());
        assertTrue(l.missingKeys("ay").contains("login.title"));
        assertFalse(l.missingKeys("ay").contains("survey.title"));
        assertEquals(0.0, l.coverage("xx"), 1e-9, "a language this desk does not have");
    }

    /**
     * Everything the citizen reads in their own language (issue 16: receipt, farewell, survey,
     * suggestion and compliment, the complaint's summary and copy, dates, the next steps and the
     * speaker button), by key pattern.
     */
    static final List<Pattern> CITIZEN_FACING = Stream.of("language\\.name", "greeting\\..*", "protocol\\..*",
            "receipt\\.(title|point|citizen|codes\\.heading|codes\\.hint|outcome|outcome\\.detail|qr\\.caption|via\\.reference)",
            "outcome\\..*", "channel\\..*", "document\\.type\\..*",
            "survey\\.(title|hint|driver\\..*|face\\..*|skip|back|cancel|comment|compliment|done|thanks|close|empty|error)",
            "suggestion\\.(title|type\\..*|text|remaining|name|contact|send|cancel|thanks|close|empty|error)",
            "complaint\\.(summary\\.who|confirm\\.citizen|copy\\..*)", "date\\..*",
            // Issue 16 (pictograms, speech): the next steps on the receipt and its PDF, their pictograms'
            // names, their heading, and the speaker button's two labels.
            "picto\\.step\\..*", "picto\\.next\\.heading", "speech\\.(listen|stop)",
            // Issue 16 (citizen cards): the data read back, the procedure, its fee and next steps, the saved code
            // (not the cards' heading and the language chooser's label: those are the advisor's).
            "forcitizen\\.(readback\\..*|procedure|requirements|fee.*|next.*|saved|code)").map(Pattern::compile).toList();

    @Test
    void aymaraHasEveryTextTheCitizenReads() {
        Localization l = Localization.bundledOnly();
        List<String> missing = l.missingKeys("ay").stream()
                .filter(k -> CITIZEN_FACING.stream().anyMatch(p -> p.matcher(k).matches())).toList();
        assertEquals(List.of(), missing, "citizen-facing keys that would show in Spanish to an Aymara speaker");
        assertTrue(l.keys("ay").stream().filter(k -> CITIZEN_FACING.stream().anyMatch(p -> p.matcher(k).matches()))
                .count() > 100, "the patterns still match the bundle's keys");
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /**
     * A partial language (Aymara, or any file dropped in later) may lack keys, but what it has must
     * be Spanish keys that code uses, with the Spanish text's placeholders, and must format.
     */
    @Test
    void partialLanguagesHaveOnlyUsedKeysWithTheSpanishPlaceholders() throws IOException {
        Localization l = Localization.bundledOnly();
        Set<String> spanish = l.keys("es");
        java.util.Properties es = raw("es");
        for (String tag : Localization.BUNDLED) {
            if (COMPLETE.contains(tag)) {
                continue;
            }
            java.util.Properties own = raw(tag);
            Set<String> extra = new TreeSet<>(own.stringPropertyNames());
            extra.removeAll(spanish);
            assertEquals(Set.of(), extra, "keys in messages_" + tag + " that Spanish does not have");
            List<String> wrong = new ArrayList<>();
            for (String key : own.stringPropertyNames()) {
                if (!placeholders(own.getProperty(key)).equals(placeholders(es.getProperty(key)))) {
                    wrong.add(key + ": " + own.getProperty(key));
                }
            }
            assertEquals(List.of(), wrong, "placeholders differ from the Spanish text in messages_" + tag);
        }
        assertEquals(Set.of("0", "1"), placeholders("{0} — {1,number,integer}"));
    }

    private static java.util.Properties raw(String tag) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var r = Files.newBufferedReader(BUNDLES.resolve("messages_" + tag + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Aymara's short month names (glibc ayc_PE's abmon) that happen to read as the Spanish ones. */
    static final Set<String> SAME_IN_AYMARA_ON_PURPOSE = Set.of("date.month.short.3", "date.month.short.5",
            "date.month.short.6", "date.month.short.7");

    @Test
    void aymaraTextsAreNotSpanish() {
        // What Aymara lacks shows in Spanish by itself: a Spanish text copied into the file would only
        // hide that it is missing. Same allow-list and banned words as Quechua's.
        Localization l = Localization.bundledOnly();
        List<String> same = new ArrayList<>();
        List<String> spanish = new ArrayList<>();
        for (String key : new TreeSet<>(l.keys("ay"))) {
            String ay = l.text("ay", key);
            if (ay.equals(l.text("es", key)) && hasWords(ay) && !SAME_ON_PURPOSE.containsKey(key)
                    && !SAME_IN_AYMARA_ON_PURPOSE.contains(key)) {
                same.add(key + " = " + ay);
            }
            String lower = ay.toLowerCase(java.util.Locale.ROOT);
            NEVER_IN_QUECHUA.stream().filter(lower::contains).forEach(w -> spanish.add(key + ": " + w));
        }
        assertEquals(List.of(), same, "Aymara texts identical to the Spanish ones: leave the key out instead");
        assertEquals(List.of(), spanish, "Spanish words left in Aymara texts");
        assertEquals("Aski jayp'ukïpan", l.text("ay", "greeting.afternoon"), "apostrophes survive MessageFormat");
        assertEquals("2 risimri 2026", l.date("ay", java.time.LocalDate.of(2026, 12, 2)), "month names from the bundle");
    }
}
