package pe.macexpress.desk.cases;

import java.util.Collection;
import java.util.UUID;
import pe.macexpress.desk.contract.ClosureContent;
import pe.macexpress.desk.store.CaseStore;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.sync.SendPriority;
import pe.macexpress.desk.sync.StoredKind;

/** Case closures as the outbox sends them. HIGH: a final answer matters more than the bulk of attentions. */
public final class ClosureKind extends StoredKind<FollowUpCase> {
    private final CaseStore cases;

    public ClosureKind(CaseStore cases) {
        super(ClosureContent.SCHEMA, CaseStore.OUTBOX_KIND, SendPriority.HIGH);
        this.cases = cases;
    }

    @Override
    protected Collection<FollowUpCase> find(Collection<UUID> ids) {
        return cases.findClosures(ids);
    }

    /** A closure is a record of its own: its id is not the attention's. */
    @Override
    protected UUID idOf(FollowUpCase c) {
        return c.closing().closureId();
    }

    @Override
    protected Object content(FollowUpCase c) {
        return record(c);
    }

    public static ClosureContent record(FollowUpCase c) {
        FollowUpCase.Closing closing = c.closing();
        return new ClosureContent(c.attentionId().toString(), c.code(), closing.answer().code(), closing.reason(),
                closing.closedBy(), closing.closedAt().toEpochMilli());
    }
}
