package pe.macexpress.desk.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.UploadAnswer;
import pe.macexpress.desk.contract.Verdict;

/**
 * The central's per-record answer to an upload as outbox settlements, the one mapping the online
 * sync and the USB answer file share: a record the answer does not list was accepted, a duplicate
 * is acknowledged too, a conflict or a rejection sets it aside with its reason.
 */
public final class AnswerSettlement {
    private AnswerSettlement() {
    }

    /** What one record's entries become: the central's word, and the quarantine reason (null: acknowledged). */
    public record Outcome(String result, String reason) {
        public boolean acknowledged() {
            return reason == null;
        }
    }

    /** An answer that does not match what was sent (count, positions): nothing of it is applied. */
    public static final class Mismatch extends Exception {
        public Mismatch(String message) {
            super(message);
        }
    }

    /** One outcome per record sent, in order. */
    public static List<Outcome> outcomes(int sent, UploadAnswer answer) throws Mismatch {
        if (answer == null || answer.received() != sent || answer.verdicts() == null) {
            throw new Mismatch("answer does not match the batch");
        }
        Map<Integer, Verdict> listed = new LinkedHashMap<>();
        for (Verdict v : answer.verdicts()) {
            if (v.index() < 0 || v.index() >= sent) {
                throw new Mismatch("answer names a record outside the batch");
            }
            listed.put(v.index(), v);
        }
        List<Outcome> outcomes = new ArrayList<>(sent);
        for (int i = 0; i < sent; i++) {
            Verdict v = listed.get(i);
            if (v == null) {
                outcomes.add(new Outcome("accepted", null));
                continue;
            }
            outcomes.add(switch (v.result()) {
                case DUPLICATE -> new Outcome("duplicate", null);
                case CONFLICT -> new Outcome("conflict", RejectReason.CONFLICT.code());
                default -> new Outcome("rejected", RejectReason.fromCode(v.reason()).code());
            });
        }
        return outcomes;
    }
}
