package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import pe.macexpress.desk.central.store.CentralStore;
import pe.macexpress.desk.contract.AuditContent;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.security.AuditChainHash;
import pe.macexpress.desk.security.TextGuard;

/**
 * Audit records at the central (issue 15): each is one row of a workstation's hash chain. The row
 * must be well formed and hash to what it says ({@link AuditChainHash}, the desk's own function),
 * and it must link, per workstation: its previous hash is a row the central already holds for
 * that workstation at the seq before (or a row earlier in the same upload), or it is a chain's
 * first row. A row that does not link, or that starts a second branch after a row that already has
 * a successor, is refused as a conflict (the desk quarantines it, where support sees it), except
 * the row that records a restore: a restore legitimately continues the chain from the backup's
 * head, and says so. The first row a central ever receives from a workstation is taken as its
 * anchor (its chain may have begun before the central knew it).
 */
final class AuditHandler implements KindHandler {
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9._-]{0,63}");
    private static final Pattern BLIND = Pattern.compile("([0-9a-f]{32})?");
    private static final int MAX_ACTOR = 80;
    /** The action of a restore row: the one row allowed to branch. */
    static final String RESTORE = pe.macexpress.desk.security.AuditActions.RESTORE;

    private final CentralStore store;

    AuditHandler(CentralStore store) {
        this.store = store;
    }

    @Override
    public ContentSchema schema() {
        return AuditContent.SCHEMA;
    }

    @Override
    public Optional<RejectReason> validate(JsonNode a, int schemaVersion) {
        if (!RecordChecks.allPresent(a, schema().fields(schemaVersion))) {
            return Optional.of(RejectReason.INVALID);
        }
        for (String f : List.of("ac", "x", "p", "sb", "d", "ph", "h")) {
            if (!a.get(f).isTextual() || !TextGuard.isClean(a.get(f).asText())) {
                return Optional.of(RejectReason.INVALID);
            }
        }
        if (!a.get("s").canConvertToLong() || a.get("s").asLong() < 1 || !a.get("t").canConvertToLong()
                || a.get("t").asLong() <= 0) {
            return Optional.of(RejectReason.INVALID);
        }
        String actor = a.get("ac").asText();
        if (actor.isBlank() || actor.length() > MAX_ACTOR || !ACTION.matcher(a.get("x").asText()).matches()
                || !BLIND.matcher(a.get("sb").asText()).matches() || !AuditChainHash.isHash(a.get("ph").asText())
                || !AuditChainHash.isHash(a.get("h").asText())) {
            return Optional.of(RejectReason.INVALID);
        }
        if (a.get("p").asText().length() > AuditContent.MAX_PURPOSE || a.get("d").asText().length() > AuditContent.MAX_DETAIL) {
            return Optional.of(RejectReason.TOO_LARGE);
        }
        String hash = AuditChainHash.of(a.get("ph").asText(), a.get("s").asLong(), a.get("t").asLong(), actor,
                a.get("x").asText(), a.get("p").asText(), a.get("sb").asText(), a.get("d").asText());
        return hash.equals(a.get("h").asText()) ? Optional.empty() : Optional.of(RejectReason.INVALID);
    }

    @Override
    public Optional<RejectReason> admit(String workstation, JsonNode a, List<JsonNode> earlier) {
        long seq = a.get("s").asLong();
        String prev = a.get("ph").asText();
        String hash = a.get("h").asText();
        if (seq == 1 != prev.equals(AuditChainHash.GENESIS)) {
            return Optional.of(RejectReason.INVALID);
        }
        if (seq > 1) {
            boolean links = earlier.stream().anyMatch(b -> b.get("h").asText().equals(prev) && b.get("s").asLong() == seq - 1)
                    || store.auditHeld(workstation, prev, seq - 1);
            boolean firstContact = earlier.isEmpty() && store.auditRows(workstation) == 0;
            if (!links && !firstContact) {
                return Optional.of(RejectReason.CONFLICT);
            }
        }
        boolean fork = store.auditSibling(workstation, prev, hash)
                || earlier.stream().anyMatch(b -> b.get("ph").asText().equals(prev) && !b.get("h").asText().equals(hash));
        if (fork && !RESTORE.equals(a.get("x").asText())) {
            return Optional.of(RejectReason.CONFLICT);
        }
        return Optional.empty();
    }
}
