package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.store.AttentionSearch.Criteria;
import pe.macexpress.desk.store.AttentionSearch.SendState;

/** The history's search on a real SQLite file: each reading of the text, each filter, the cap. */
class AttentionSearchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
    private static final Instant DAY = Instant.parse("2026-11-20T14:00:00Z");

    @TempDir
    Path dir;
    private Store store;
    private AttentionSearch search;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk.db"), CLOCK);
        search = new AttentionSearch(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Attention attention(String code, UUID visit, String dni, String names, OutcomeType outcome,
                                       Instant start) {
        Document doc = dni.length() == 8 ? new Document(DocumentType.DNI, dni, "")
                : new Document(DocumentType.PASAPORTE, dni, "");
        return new Attention(UUID.randomUUID(), code, visit, "ADV-1", "PT-1", doc, names, VerificationState.VERIFIED,
                "0000", "reniec-dni-duplicado", new Outcome(outcome, outcome.needsDetail() ? "vuelve el lunes" : ""),
                "es", start, start.plus(Duration.ofMinutes(5)));
    }

    private Attention save(String code, String dni, String names, OutcomeType outcome, Instant start) {
        Attention a = attention(code, UUID.randomUUID(), dni, names, outcome, start);
        store.attentions().save(a);
        return a;
    }

    private List<Attention> find(String text) {
        return search.find(new Criteria(text, null, null, null, null, 50)).attentions();
    }

    private static List<String> codes(List<Attention> list) {
        return list.stream().map(Attention::code).toList();
    }

    @Test
    void findsByDocumentNumberCodeAsTypedAndNamesIgnoringCaseAndAccents() {
        Attention rosa1 = save("K7Q3-9PXA", "10117410", "ROSA QUISPE MAMANI", OutcomeType.ATENDIDO, DAY);
        Attention rosa2 = save(AttentionCode.next(), "10117410", "ROSA QUISPE MAMANI", OutcomeType.DERIVADO,
                DAY.plusSeconds(600));
        Attention nusta = save(AttentionCode.next(), "41234567", "ÑUSTA CHOQUEHUANCA", OutcomeType.ATENDIDO,
                DAY.plusSeconds(1200));
        Attention jose = save(AttentionCode.next(), "AB1234567", "José Pérez Ávila", OutcomeType.ATENDIDO,
                DAY.plusSeconds(1800));

        assertEquals(codes(List.of(rosa2, rosa1)), codes(find("10117410")), "by DNI, newest first");
        assertEquals(codes(List.of(rosa2, rosa1)), codes(find(" 1011 7410 ")), "spaces typed in the number");
        assertEquals(codes(List.of(jose)), codes(find("ab1234567")), "a passport number in lower case");
        assertEquals(codes(List.of(rosa1)), codes(find("k7q3 9pxa")), "a code as read out");
        assertEquals(codes(List.of(rosa1)), codes(find("K7Q39PXA")));
        assertEquals(codes(List.of(rosa2, rosa1)), codes(find("quispe rosa")), "name words in any order");
        assertEquals(codes(List.of(nusta)), codes(find("nusta choque")), "Ñ found as N, part of a word");
        assertEquals(codes(List.of(nusta)), codes(find("Ñusta")));
        assertEquals(codes(List.of(jose)), codes(find("JOSE perez avila")), "accents stored, none typed");
        assertEquals(codes(List.of(jose)), codes(find("pérez")));
        assertTrue(find("quispe huaman").isEmpty(), "every word must be in the names");
        assertTrue(find("10117411").isEmpty(), "another number");
        assertTrue(find("-").isEmpty(), "a text that can be nothing matches nothing");
        assertEquals(4, find("").size(), "no text: everything");
        save(AttentionCode.next(), "10117410", "ROSA QUISPE MAMANI", OutcomeType.ATENDIDO, DAY.plusSeconds(2400));
        assertEquals(3, new AttentionSearch(store).find(new Criteria("rosa", null, null, null, null, 50))
                .attentions().size(), "a second search on the same store, after a save, finds names too");
    }

    @Test
    void theTimeRangeIncludesItsStartAndExcludesItsEnd() {
        Instant from = Instant.parse("2026-11-10T05:00:00Z");
        Instant to = Instant.parse("2026-11-20T05:00:00Z");
        Attention before = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, from.minusMillis(1));
        Attention first = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, from);
        Attention last = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, to.minusMillis(1));
        Attention after = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, to);

        assertEquals(codes(List.of(last, first)),
                codes(search.find(new Criteria("", from, to, null, null, 50)).attentions()));
        assertEquals(codes(List.of(last, first, before)),
                codes(search.find(new Criteria("rosa", null, to, null, null, 50)).attentions()));
        assertEquals(codes(List.of(after, last, first)),
                codes(search.find(new Criteria("10117410", from, null, null, null, 50)).attentions()));
    }

    @Test
    void filtersByOutcome() {
        Attention served = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, DAY);
        Attention pending = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.PENDIENTE, DAY.plusSeconds(60));
        Attention referred = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.DERIVADO, DAY.plusSeconds(120));

        assertEquals(codes(List.of(pending)), codes(search.find(
                new Criteria("", null, null, Set.of(OutcomeType.PENDIENTE), null, 50)).attentions()));
        assertEquals(codes(List.of(referred, served)), codes(search.find(new Criteria("rosa", null, null,
                Set.of(OutcomeType.ATENDIDO, OutcomeType.DERIVADO), null, 50)).attentions()));
        assertTrue(search.find(new Criteria("", null, null, Set.of(OutcomeType.NO_ATENDIDO), null, 50))
                .attentions().isEmpty());
    }

    @Test
    void filtersBySendStateAsTheSyncServiceReadsTheOutbox() {
        Attention pending = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, DAY);
        Attention sending = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, DAY.plusSeconds(60));
        Attention received = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, DAY.plusSeconds(120));
        Attention rejected = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, DAY.plusSeconds(180));
        // Received, then a later verification queued again: pending once more.
        Attention reverified = save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, DAY.plusSeconds(240));
        Sql.execute(store,
                "UPDATE outbox SET state = 'sending' WHERE record_id = '" + sending.id() + "'",
                "UPDATE outbox SET state = 'acknowledged' WHERE record_id IN ('" + received.id() + "', '"
                        + reverified.id() + "')",
                "UPDATE outbox SET state = 'quarantined', reason = 'invalid' WHERE record_id = '" + rejected.id() + "'");
        store.attentions().updateVerification(reverified.id(), VerificationState.VERIFIED, "0000", "");

        assertEquals(codes(List.of(reverified, pending)), codes(bySend(SendState.PENDING)));
        assertEquals(codes(List.of(sending)), codes(bySend(SendState.SENDING)));
        assertEquals(codes(List.of(received)), codes(bySend(SendState.RECEIVED)));
        assertEquals(codes(List.of(rejected)), codes(bySend(SendState.REJECTED)));
    }

    private List<Attention> bySend(SendState state) {
        return search.find(new Criteria("rosa", null, null, null, state, 50)).attentions();
    }

    @Test
    void theCapKeepsTheNewestAndSaysMoreMatched() {
        for (int i = 0; i < 7; i++) {
            save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, DAY.plusSeconds(i * 60L));
        }
        AttentionSearch.Page capped = search.find(new Criteria("10117410", null, null, null, null, 5));
        assertEquals(5, capped.attentions().size());
        assertTrue(capped.more(), "two more matched");
        assertEquals(DAY.plusSeconds(6 * 60L), capped.attentions().get(0).startedAt(), "newest first");
        assertEquals(DAY.plusSeconds(2 * 60L), capped.attentions().get(4).startedAt());

        AttentionSearch.Page all = search.find(new Criteria("10117410", null, null, null, null, 7));
        assertEquals(7, all.attentions().size());
        assertFalse(all.more(), "exactly the limit: nothing more");
        assertEquals(AttentionSearch.MAX_LIMIT, new Criteria("", null, null, null, null, 1_000_000).limit());
    }

    @Test
    void aBroadSearchWalksBackWeekByWeekKeepingTheOrderAndTheCap() {
        List<Attention> saved = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) { // every 20 days over half a year: several windows
            saved.add(save(AttentionCode.next(), "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO,
                    DAY.minus(Duration.ofDays(20L * i))));
        }
        AttentionSearch.Page first = search.find(new Criteria("rosa", null, null, null, null, 4));
        assertEquals(codes(saved.subList(0, 4)), codes(first.attentions()));
        assertTrue(first.more());
        AttentionSearch.Page all = search.find(new Criteria("rosa", null, null, null, null, 10));
        assertEquals(codes(saved), codes(all.attentions()), "newest first across windows");
        assertFalse(all.more());
        assertEquals(codes(saved.subList(0, 6)), codes(search.find(new Criteria("", DAY.minus(Duration.ofDays(100)),
                DAY.plusMillis(1), null, null, 50)).attentions()), "a bounded range, no text");
        assertTrue(search.find(new Criteria("", DAY.plusSeconds(1), null, null, null, 50)).attentions().isEmpty());
    }

    @Test
    void aVisitIsItsAttentionsInTheOrderTheyWereServed() {
        UUID visit = UUID.randomUUID();
        Attention first = attention(AttentionCode.next(), visit, "10117410", "ROSA QUISPE", OutcomeType.ATENDIDO, DAY);
        Attention second = attention(AttentionCode.next(), visit, "10117410", "ROSA QUISPE", OutcomeType.PENDIENTE,
                DAY.plusSeconds(400));
        Attention other = attention(AttentionCode.next(), UUID.randomUUID(), "10117410", "ROSA QUISPE",
                OutcomeType.ATENDIDO, DAY.plusSeconds(200));
        store.attentions().save(second);
        store.attentions().save(other);
        store.attentions().save(first);

        assertEquals(List.of(first, second), search.visitOf(second));
        assertEquals(List.of(first, second), search.visitOf(first));
        assertEquals(List.of(other), search.visitOf(other));
    }

    @Test
    void foldingDropsCaseAccentsAndExtraSpaces() {
        assertEquals("nusta jose", AttentionSearch.fold("  ÑUSTA   José "));
        assertTrue(AttentionSearch.namesHave("MARÍA  ÑAHUI", "maria nahui"));
        assertFalse(AttentionSearch.namesHave("", "maria"));
    }
}
