package pe.macexpress.desk.sync;

import java.util.Collection;
import java.util.UUID;
import pe.macexpress.desk.contract.AuditContent;
import pe.macexpress.desk.store.AuditChainStore;

/**
 * The audit chain's rows as the outbox sends them (issue 15): a record per row, its id derived from
 * the row's hash, queued in the same transaction as the row. HIGH: evidence should leave the
 * workstation before the bulk of attentions; the central checks each row links to the one before.
 */
public final class AuditKind extends StoredKind<AuditChainStore.Entry> {
    private final AuditChainStore chain;

    public AuditKind(AuditChainStore chain) {
        super(AuditContent.SCHEMA, AuditChainStore.OUTBOX_KIND, SendPriority.HIGH);
        this.chain = chain;
    }

    @Override
    protected Collection<AuditChainStore.Entry> find(Collection<UUID> ids) {
        return chain.findByRecordIds(ids);
    }

    @Override
    protected UUID idOf(AuditChainStore.Entry e) {
        return e.recordId();
    }

    @Override
    protected Object content(AuditChainStore.Entry e) {
        return record(e);
    }

    public static AuditContent record(AuditChainStore.Entry e) {
        return new AuditContent(e.seq(), e.at().toEpochMilli(), e.actor(), e.action(), e.purpose(), e.subject(),
                e.detail(), e.prevHash(), e.hash());
    }
}
