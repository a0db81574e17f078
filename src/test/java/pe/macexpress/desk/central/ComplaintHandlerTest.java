package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintNumber;
import pe.macexpress.desk.testing.SampleComplaints;
import pe.macexpress.desk.voice.ComplaintKind;

/** What the reference central takes as a complaint, and why it refuses the rest. */
class ComplaintHandlerTest {
    private final ComplaintHandler handler = new ComplaintHandler();

    private static ObjectNode complaint() {
        Complaint c = new Complaint(UUID.randomUUID(), new ComplaintNumber("TAMBO-DEMO-01", 2026, 7), "TAMBO-DEMO-01",
                Instant.parse("2026-12-02T15:00:00Z"), SampleComplaints.filing("qu"), LocalDate.parse("2026-12-23"),
                null, 1, false);
        return Wire.mapper().valueToTree(ComplaintKind.record(c));
    }

    private static ObjectNode answered() {
        ObjectNode a = complaint();
        a.put("ao", "2026-12-10");
        a.put("av", "email");
        a.put("as", "Se respondió.");
        a.put("ab", "SUP-1");
        a.put("at", Instant.parse("2026-12-10T15:00:00Z").toEpochMilli());
        return a;
    }

    private Optional<RejectReason> check(ObjectNode c) {
        return handler.validate(c, 1);
    }

    private void invalid(ObjectNode c, String why) {
        assertEquals(Optional.of(RejectReason.INVALID), check(c), why);
    }

    @Test
    void aWholeComplaintIsTakenOpenOrAnswered() {
        assertEquals(Optional.empty(), check(complaint()));
        assertEquals(Optional.empty(), check(answered()));
        ObjectNode noVisit = complaint();
        noVisit.putNull("vi");
        assertEquals(Optional.empty(), check(noVisit), "filed without a visit");
    }

    @Test
    void theNumberMustBeWellFormedAndOfTheRecordsPoint() {
        ObjectNode c = complaint();
        c.put("n", "TAMBO-DEMO-01-2026-7");
        invalid(c, "six digits at least");
        c = complaint();
        c.put("n", "OTRO-PUNTO-2026-000007");
        invalid(c, "another point's number");
        c = complaint();
        c.put("n", "TAMBO-DEMO-01-2019-000007");
        invalid(c, "a year far from the filing");
    }

    @Test
    void requiredFieldsTypesAndEnumsAreChecked() {
        for (String f : new String[] {"nm", "f", "rq", "ac"}) {
            ObjectNode c = complaint();
            c.put(f, "  ");
            invalid(c, f + " is required");
        }
        for (String f : new String[] {"n", "pt", "t", "dt", "dn", "mi", "l", "cf", "du"}) {
            ObjectNode c = complaint();
            c.putNull(f);
            invalid(c, f + " cannot be null");
        }
        ObjectNode missing = complaint();
        missing.remove("gn");
        invalid(missing, "every field present");
        ObjectNode c = complaint();
        c.put("t", "yesterday");
        invalid(c, "a time is a number");
        c = complaint();
        c.put("mi", "no");
        invalid(c, "minor is a boolean");
        c = complaint();
        c.put("dt", "XYZ");
        invalid(c, "unknown document type");
        c = complaint();
        c.put("dn", "1234");
        invalid(c, "a DNI has 8 digits");
        c = complaint();
        c.put("cf", "maybe");
        invalid(c, "unknown confirmation");
        c = complaint();
        c.put("l", "Quechua");
        invalid(c, "a language tag");
        c = complaint();
        c.put("vi", "123");
        invalid(c, "a visit id is a UUID");
        c = complaint();
        c.put("du", "2026-11-30");
        invalid(c, "due before it was filed");
        c = complaint();
        c.put("nm", 42);
        invalid(c, "names are text");
    }

    @Test
    void whereToAnswerMustBeUsable() {
        ObjectNode c = complaint();
        c.put("em", "");
        invalid(c, "answer by e-mail without an e-mail");
        c = complaint();
        c.put("em", "rosa@");
        invalid(c, "a malformed e-mail");
        c = complaint();
        c.put("rv", "address");
        c.put("adr", "");
        invalid(c, "answer by letter without an address");
        c = complaint();
        c.put("rv", "pigeon");
        invalid(c, "unknown way");
        c = complaint();
        c.put("mi", true);
        invalid(c, "a minor needs a guardian");
        c.put("gn", "JUANA MAMANI");
        assertEquals(Optional.empty(), check(c));
    }

    @Test
    void anAnswerIsWholeOrAbsent() {
        ObjectNode c = answered();
        c.putNull("av");
        invalid(c, "half an answer");
        c = answered();
        c.put("av", "fax");
        invalid(c, "unknown way to answer");
        c = answered();
        c.put("ao", "2026-13-40");
        invalid(c, "not a date");
        c = answered();
        c.put("at", 5);
        invalid(c, "recorded before it was filed");
        c = complaint();
        c.put("as", "a summary with no answer");
        invalid(c, "a summary with no answer");
    }

    @Test
    void oversizedTextsAreTooLarge() {
        for (String[] f : new String[][] {{"f", "3001"}, {"rq", "1501"}, {"ac", "1501"}, {"nm", "201"}, {"adr", "301"}}) {
            ObjectNode c = complaint();
            c.put(f[0], "x".repeat(Integer.parseInt(f[1])));
            assertEquals(Optional.of(RejectReason.TOO_LARGE), check(c), f[0]);
        }
        ObjectNode c = answered();
        c.put("as", "x".repeat(1001));
        assertEquals(Optional.of(RejectReason.TOO_LARGE), check(c));
    }

    /**
     * The layers forbid one constant for both sides (core knows no contract, the contract no core):
     * the desk's form may never accept more than the central will take.
     */
    @Test
    void theDesksLimitsAreTheCentrals() {
        assertEquals(pe.macexpress.desk.contract.ComplaintContent.MAX_NAMES, pe.macexpress.desk.core.ComplaintFiling.MAX_NAMES);
        assertEquals(pe.macexpress.desk.contract.ComplaintContent.MAX_ADDRESS,
                pe.macexpress.desk.core.ComplaintFiling.MAX_ADDRESS);
        assertEquals(pe.macexpress.desk.contract.ComplaintContent.MAX_PHONE, pe.macexpress.desk.core.ComplaintFiling.MAX_PHONE);
        assertEquals(pe.macexpress.desk.contract.ComplaintContent.MAX_EMAIL, pe.macexpress.desk.core.ComplaintFiling.MAX_EMAIL);
        assertEquals(pe.macexpress.desk.contract.ComplaintContent.MAX_FACTS, pe.macexpress.desk.core.ComplaintFiling.MAX_FACTS);
        assertEquals(pe.macexpress.desk.contract.ComplaintContent.MAX_REQUEST,
                pe.macexpress.desk.core.ComplaintFiling.MAX_REQUEST);
        assertEquals(pe.macexpress.desk.contract.ComplaintContent.MAX_ACTION,
                pe.macexpress.desk.core.ComplaintFiling.MAX_ACTION);
        assertEquals(pe.macexpress.desk.contract.ComplaintContent.MAX_GUARDIAN_DOCUMENT,
                pe.macexpress.desk.core.ComplaintFiling.MAX_GUARDIAN_DOCUMENT);
        assertEquals(pe.macexpress.desk.contract.ComplaintContent.MAX_SUMMARY, Complaint.Answer.MAX_SUMMARY);
    }
}
