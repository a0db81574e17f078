package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.core.Arrival;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.procedure.DocumentFiles;
import pe.macexpress.desk.procedure.PreparedDocument;
import pe.macexpress.desk.security.KeyRing;

/**
 * Issue 15, finding "At rest: another OS user read names, DNIs … nothing is encrypted": a seeded
 * citizen's names and DNI, written through every store that keeps personal data, must not be found
 * (as {@code strings} would find them: UTF-8 or UTF-16) in any file of the data folder — database,
 * WAL, shared memory, backups, documents — and the desk still reads them back.
 */
class PersonalDataAtRestTest {
    private static final String DNI = "47139285";
    private static final String GIVEN = "WAYRATA";
    private static final String FIRST = "CHALLCOCHIMA";
    private static final String SECOND = "HUILLCAHUAMAN";
    private static final String NAMES = GIVEN + " " + FIRST + " " + SECOND;
    private static final String PHONE = "951337204";
    private static final List<String> SEEDED = List.of(DNI, GIVEN, FIRST, SECOND, PHONE, "Challcochima");
    private static final Instant T = Instant.parse("2026-12-02T15:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aStolenDataFolderYieldsNoSeededNameOrDni() throws IOException {
        Path data = dir.resolve("data");
        Path db = data.resolve("desk.db");
        UUID attentionId;
        try (Store store = Store.open(db, Clock.fixed(T, ZoneOffset.UTC))) {
            attentionId = seedEverything(store);
            new BackupService(data.resolve("backups"), 3, Clock.systemUTC()).backupNow(store);
        }
        // (The next test shows the same needles found in a database written in clear: the finding.)
        assertNoSeededValueIn(data);
        assertFalse(KeyRing.folder().toAbsolutePath().startsWith(data.toAbsolutePath()), "the key lives outside the data folder");

        try (Store store = Store.open(db, Clock.fixed(T, ZoneOffset.UTC))) {
            Attention a = store.attentions().historyOf(DocumentType.DNI, DNI).get(0);
            assertEquals(attentionId, a.id());
            assertEquals(NAMES, a.citizenNames());
            assertEquals("Vuelve con la partida de " + NAMES, a.outcome().detail());
            AttentionSearch.Page byName = new AttentionSearch(store).find(
                    new AttentionSearch.Criteria("challcochima wayrata", null, null, Set.of(), null, 10));
            assertEquals(2, byName.attentions().size(), "names searched inside the sealed rows");
            assertEquals(2, new AttentionSearch(store).find(
                    new AttentionSearch.Criteria(DNI, null, null, Set.of(), null, 10)).attentions().size(),
                    "the number searched through its blind index");
            CachedIdentity cached = store.identityCache().lookup(new Document(DocumentType.DNI, DNI, ""), T.minusSeconds(60))
                    .orElseThrow();
            assertEquals(FIRST, cached.firstSurname());
            assertArrayEquals(photo(), cached.photo());
            assertEquals(DNI, store.identityAudit().recent(1).get(0).document().number());
            assertEquals(NAMES, store.identityFlags().open().get(0).pideNames());
            assertEquals(NAMES, store.complaints().list(false).stream()
                    .filter(c -> c.filing().documentNumber().equals(DNI)).findFirst().orElseThrow().filing().names());
            assertTrue(store.captures().ofAttention(store.cases().ofDocument(DocumentType.DNI, DNI).get(0).attentionId())
                    .get(0).answersJson().contains(PHONE));
            assertEquals(1, store.cases().ofDocument(DocumentType.DNI, DNI).size());
            assertTrue(store.inbox().unprocessed(10).get(0).body().contains(FIRST));
            Attachment doc = store.attachments().pending(10).get(0);
            assertArrayEquals(document(), store.documents().read(store.attachmentsFolder().resolve(doc.file())));
        }
    }

    @Test
    void aDatabaseWrittenBeforeEncryptionIsSealedWhenItOpensAndNoClearPageRemains() throws IOException {
        Path data = dir.resolve("old");
        Path db = data.resolve("desk.db");
        try (Store old = Store.open(db, Clock.fixed(T, ZoneOffset.UTC), Sealing.PASS_THROUGH)) {
            old.attentions().save(attention(DNI, NAMES));
            old.identityCache().put(new CachedIdentity(new Document(DocumentType.DNI, DNI, ""), "FOUND", "0000", GIVEN,
                    FIRST, SECOND, "", photo(), T));
            new DocumentFiles(old.attachmentsFolder()).write(UUID.randomUUID(),
                    new PreparedDocument("image/jpeg", document(), "00", 800, 600)); // a document written in clear
            new BackupService(data.resolve("backups"), 3, Clock.systemUTC()).backupNow(old); // a backup in clear
            // As an older version left it: blind indexes empty (the column came with the migration).
            old.database().write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("UPDATE attention SET doc_blind = ''");
                    st.execute("UPDATE identity_cache SET doc_blind = ''");
                }
                return null;
            });
        }
        Files.copy(db, data.resolve("desk-aside-20261201-090000.db")); // an aside copy in clear
        Files.writeString(data.resolve("desk-aside-20261201-100000.db"), "damaged " + DNI.length()); // evidence: kept as is
        // The finding: the old database holds the DNI and the names in clear.
        assertTrue(anyFileHolds(data, DNI.getBytes(StandardCharsets.UTF_8)), "the old file holds the DNI in clear");
        assertTrue(anyFileHolds(data, FIRST.getBytes(StandardCharsets.UTF_8)));

        try (Store store = Store.open(db, Clock.fixed(T, ZoneOffset.UTC))) {
            assertEquals(2, new BackupService(data.resolve("backups"), 3, Clock.systemUTC()).sealOlderCopies(store),
                    "the backup and the readable aside copy");
            assertEquals(NAMES, store.attentions().historyOf(DocumentType.DNI, DNI).get(0).citizenNames(),
                    "found through the blind index filled at open");
            assertEquals(GIVEN, store.identityCache().lookup(new Document(DocumentType.DNI, DNI, ""), T.minusSeconds(1))
                    .orElseThrow().givenNames());
            try (var docs = Files.list(store.attachmentsFolder())) {
                Path doc = docs.findFirst().orElseThrow();
                assertTrue(SealedDocuments.isSealed(doc), "the clear document was sealed in place");
                assertArrayEquals(document(), store.documents().read(doc));
            }
        }
        assertNoSeededValueIn(data);
        assertEquals("damaged 8", Files.readString(data.resolve("desk-aside-20261201-100000.db")));
        // The sealed backup still restores with this workstation's key.
        BackupService backups = new BackupService(data.resolve("backups"), 3, Clock.systemUTC());
        backups.restore(backups.list().get(0).file(), db);
        try (Store again = Store.open(db, Clock.fixed(T, ZoneOffset.UTC))) { // idempotent: nothing sealed twice
            assertEquals(NAMES, again.attentions().historyOf(DocumentType.DNI, DNI).get(0).citizenNames());
            assertEquals(1, again.identityCache().size());
        }
    }

    @Test
    void aDatabaseCopiedWithoutItsKeyIsRefusedWithItsOwnKindAndNoPersonalData() throws IOException {
        Path db = dir.resolve("copied").resolve("desk.db");
        String keyId;
        try (Store store = Store.open(db, Clock.systemUTC())) {
            store.attentions().save(attention(DNI, NAMES));
            keyId = Sql.text(store, "SELECT value FROM setting WHERE key = '" + Database.KEY_ID + "'");
        }
        Path key = KeyRing.file(keyId);
        Path elsewhere = dir.resolve("key-moved");
        Files.move(key, elsewhere);
        try {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(db, Clock.systemUTC()).close());
            assertEquals(StoreException.Kind.KEY_MISSING, e.kind());
            assertEquals("store.error.key.missing", e.kind().messageKey());
            assertFalse(e.getMessage().contains(DNI) || e.getMessage().contains(FIRST));
        } finally {
            Files.move(elsewhere, key);
        }
        try (Store store = Store.open(db, Clock.systemUTC())) { // the key back: it opens
            assertEquals(NAMES, store.attentions().historyOf(DocumentType.DNI, DNI).get(0).citizenNames());
        }
    }

    private static UUID seedEverything(Store store) {
        Attention a = attention(DNI, NAMES);
        store.attentions().save(a);
        Attention withCase = attention(DNI, NAMES);
        store.write(tx -> {
            store.attentions().save(tx, withCase);
            store.cases().open(tx, withCase.id(), CaseReason.DERIVADO, "Partida de " + NAMES, T, LocalDate.of(2026, 12, 20));
            store.captures().add(tx, new Capture(UUID.randomUUID(), withCase.id(), "reniec-duplicado", "form",
                    "{\"nombres\":\"" + NAMES + "\",\"dni\":\"" + DNI + "\",\"celular\":\"" + PHONE + "\"}", T.toEpochMilli()));
            store.inbox().receive(tx, List.of(new InboxItem(1, "result", withCase.id().toString(),
                    "{\"names\":\"" + NAMES + "\",\"dni\":\"" + DNI + "\"}", T)));
            return null;
        });
        String file = new DocumentFiles(store.attachmentsFolder(), store.documents()::seal)
                .write(UUID.randomUUID(), new PreparedDocument("image/jpeg", document(), "00", 800, 600));
        store.write(tx -> {
            store.attachments().add(tx, new Attachment(UUID.randomUUID(), UUID.randomUUID(), "recibo", "application/pdf",
                    file, document().length, "00", 0, AttachmentState.PENDING));
            return null;
        });
        store.identityCache().put(new CachedIdentity(new Document(DocumentType.DNI, DNI, ""), "FOUND", "0000", GIVEN,
                FIRST, SECOND, "", photo(), T));
        store.identityAudit().record(new IdentityAuditRow(0, T, "ADV-1", "WS-1", a.id().toString(),
                new Document(DocumentType.DNI, DNI, ""), "reniec", "FOUND", "0000", false, 120, ""));
        store.identityFlags().flag(a.id(), "NAMES_DIFFER", "0000", NAMES, T);
        store.complaints().file(new ComplaintFiling(null, "ADV-1", DocumentType.DNI, DNI, NAMES,
                "Jr. " + SECOND + " 123, Cusco", PHONE, "wayrata@example.org", ComplaintFiling.ReplyVia.EMAIL, false, "", "",
                "Me atendió mal; soy " + NAMES + ".", "Que llamen al " + PHONE + ".", "Se le atendió.", "qu",
                ComplaintFiling.Confirmation.CITIZEN_READ), "P1", T, LocalDate.of(2026, 12, 30), ZoneId.of("America/Lima"));
        store.feedback().save(new FeedbackStore.Suggestion(UUID.randomUUID(), FeedbackStore.SUGGESTION_KIND, "P1",
                LocalDate.of(2026, 12, 2), "qu", "Gracias, soy " + NAMES, NAMES, PHONE));
        store.incidents().record(new Incident(UUID.randomUUID(), IncidentType.values()[0], IncidentSeverity.LEVE, T,
                "El señor " + NAMES + " reclamó", "Se llamó al " + PHONE, "ADV-1", "P1", T, null));
        store.timeline().saveOrientation(new OrientationEntry(UUID.randomUUID(), UUID.randomUUID(), "P1", "ADV-1",
                OrientationContent.UNMET, "Partida de " + NAMES, "", "qu", T));
        return a.id();
    }

    private static Attention attention(String dni, String names) {
        UUID id = UUID.randomUUID();
        return new Attention(id, "K" + id.toString().substring(0, 3).toUpperCase() + "-" + id.toString().substring(4, 8)
                .toUpperCase(), UUID.randomUUID(), "ADV-1", "P1",
                new Document(DocumentType.DNI, dni, String.valueOf(DniCheck.digit(dni))), names, VerificationState.VERIFIED,
                "0000", "reniec-duplicado", new Outcome(OutcomeType.DERIVADO, "Vuelve con la partida de " + names), "qu", T,
                T.plus(Duration.ofMinutes(5)), new ServedVia(Channel.COUNTER, "", ""), new Arrival(null, null, "qu"));
    }

    private static byte[] photo() {
        return ("JFIF photo of " + NAMES + " DNI " + DNI).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] document() {
        StringBuilder pdf = new StringBuilder("%PDF-1.4 partida de nacimiento ");
        while (pdf.length() < 150_000) { // more than two sealed chunks
            pdf.append(NAMES).append(" DNI ").append(DNI).append('\n');
        }
        return pdf.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every file under {@code folder}: none holds a seeded value, in UTF-8 or UTF-16 (either byte order). */
    static void assertNoSeededValueIn(Path folder) throws IOException {
        List<Path> files = files(folder);
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("desk.db")), "the database was scanned");
        for (String needle : SEEDED) {
            for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                byte[] n = needle.getBytes(cs);
                for (Path f : files) {
                    assertFalse(contains(Files.readAllBytes(f), n),
                            "a seeded value (" + needle.length() + " characters, " + cs + ") is readable in " + folder.relativize(f));
                }
            }
        }
    }

    private static boolean anyFileHolds(Path folder, byte[] needle) throws IOException {
        for (Path f : files(folder)) {
            if (contains(Files.readAllBytes(f), needle)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
