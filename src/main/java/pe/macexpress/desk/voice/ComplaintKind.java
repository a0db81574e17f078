package pe.macexpress.desk.voice;

import java.util.Collection;
import java.util.UUID;
import pe.macexpress.desk.contract.ComplaintContent;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.store.ComplaintStore;
import pe.macexpress.desk.sync.SendPriority;
import pe.macexpress.desk.sync.StoredKind;

/** Complaints as the outbox sends them: URGENT, before anything else (issue 13: complaints first). */
public final class ComplaintKind extends StoredKind<Complaint> {
    private final ComplaintStore complaints;

    public ComplaintKind(ComplaintStore complaints) {
        super(ComplaintContent.SCHEMA, ComplaintStore.OUTBOX_KIND, SendPriority.URGENT);
        this.complaints = complaints;
    }

    @Override
    protected Collection<Complaint> find(Collection<UUID> ids) {
        // Purged complaints are not whole any more: they are left out (never sent blank).
        return complaints.find(ids).stream().filter(c -> !c.purged()).toList();
    }

    @Override
    protected UUID idOf(Complaint r) {
        return r.id();
    }

    @Override
    protected Object content(Complaint r) {
        return record(r);
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
