package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;

class AttentionStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Attention sample(UUID visit, String procedure, OutcomeType type, String detail) {
        return new Attention(UUID.randomUUID(), AttentionCode.next(), visit, "ADV-1", "PT-1",
                Document.parse(DocumentType.DNI, "10117410", "2").document(), "ROSA QUISPE MAMANI",
                VerificationState.VERIFIED, "0000", procedure, new Outcome(type, detail), "qu",
                Instant.parse("2026-11-20T14:50:00Z"), Instant.parse("2026-11-20T14:58:00Z"));
    }

    @Test
    void attentionsAreWrittenAndReadBackFromARealFile() throws Exception {
        Path file = dir.resolve("desk.db");
        UUID visit = UUID.randomUUID();
        Attention first = sample(visit, "sis-consulta-asegurado", OutcomeType.ATENDIDO, "");
        Attention second = sample(visit, "reniec-dni-duplicado", OutcomeType.PENDIENTE, "Entrega del DNI en 10 días");
        try (Store db = Store.open(file, CLOCK)) {
            AttentionStore store = db.attentions();
            store.save(first);
            store.save(second);
        }
        assertTrue(Files.size(file) > 0);
        try (Store db = Store.open(file, CLOCK)) {
            AttentionStore store = db.attentions();
            List<Attention> back = store.findByVisit(visit);
            assertEquals(List.of(first, second), back);
            assertEquals("Entrega del DNI en 10 días", back.get(1).outcome().detail());
            assertEquals(2, db.outbox().counts().unsent(), "each attention queued for the centre");
            assertEquals(2, store.historyOf(DocumentType.DNI, "10117410").size());
            assertEquals(1, store.procedureUsage().get("sis-consulta-asegurado"));
        }
    }

    @Test
    void laterVerificationUpdatesTheRecordAndQueuesIt() {
        try (Store db = Store.open(dir.resolve("desk.db"), CLOCK)) {
            AttentionStore store = db.attentions();
            Attention a = sample(UUID.randomUUID(), "sis-afiliacion", OutcomeType.ATENDIDO, "");
            Attention pending = new Attention(a.id(), a.code(), a.visitId(), a.advisorId(), a.pointId(), a.document(),
                    "", VerificationState.PENDING, "", a.procedureId(), a.outcome(), a.language(), a.startedAt(),
                    a.endedAt());
            store.save(pending);
            assertEquals(1, db.identityFlags().pending(10).size());
            assertTrue(store.updateVerification(a.id(), VerificationState.VERIFIED, "0000", "ROSA QUISPE"));
            assertEquals(VerificationState.VERIFIED, store.find(a.id()).orElseThrow().verification());
            assertEquals("ROSA QUISPE", store.find(a.id()).orElseThrow().citizenNames());
            assertEquals(0, db.identityFlags().pending(10).size());
            assertEquals(2, db.outbox().counts().unsent());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("desk.db");
        Files.writeString(file, "esto no es una base de datos, es una lista de compras ".repeat(100));
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals(StoreException.Kind.CORRUPT, e.kind());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "never silently recreated");
    }

    @Test
    void aSecondInstanceOnTheSameFolderIsRefused() {
        try (InstanceLock first = InstanceLock.acquire(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> InstanceLock.acquire(dir));
            assertEquals(StoreException.Kind.LOCKED, e.kind());
        }
        InstanceLock.acquire(dir).close();
    }
}
