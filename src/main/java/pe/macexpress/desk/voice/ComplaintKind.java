package pe.macexpress.desk.voice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.ComplaintContent;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.store.ComplaintStore;
import pe.macexpress.desk.sync.RecordKind;
import pe.macexpress.desk.sync.SendPriority;

/** Complaints as the outbox sends them: URGENT, before anything else (issue 13: complaints first). */
public final class ComplaintKind implements RecordKind {
    private final ComplaintStore complaints;

    public ComplaintKind(ComplaintStore complaints) {
        if (!ComplaintContent.KIND.equals(ComplaintStore.OUTBOX_KIND)) {
            throw new IllegalStateException("the store and the contract name complaints differently");
        }
        this.complaints = complaints;
    }

    @Override
    public ContentSchema schema() {
        return ComplaintContent.SCHEMA;
    }

    @Override
    public SendPriority priority() {
        return SendPriority.URGENT;
    }

    /** Purged complaints are not whole any more: they are left out (never sent blank). */
    @Override
    public Map<UUID, JsonNode> contents(Collection<UUID> ids) {
        Map<UUID, JsonNode> out = new LinkedHashMap<>();
        for (Complaint c : complaints.find(ids)) {
            if (!c.purged()) {
                out.put(c.id(), Wire.mapper().valueToTree(record(c)));
            }
        }
        return out;
    }

    public static ComplaintContent record(Complaint c) {
        ComplaintFiling f = c.filing();
        Complaint.Answer a = c.answer();
        return new ComplaintContent(c.number().text(), c.pointId(), c.filedAt().toEpochMilli(), f.advisorId(),
                f.visitId() == null ? null : f.visitId().toString(), f.documentType().code(), f.documentNumber(),
                f.names(), f.address(), f.phone(), f.email(), f.replyVia().code(), f.minor(), f.guardianNames(),
                f.guardianDocument(), f.facts(), f.request(), f.action(), f.language(), f.confirmation().code(),
                c.due().toString(), a == null ? null : a.on().toString(), a == null ? null : a.via().code(),
                a == null ? null : a.summary(), a == null ? null : a.by(),
                a == null ? null : a.recordedAt().toEpochMilli());
    }
}
