package pe.macexpress.desk.attention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.identity.IdentityResult;

/**
 * One citizen at the counter, from identification to farewell. Holds the identity once, so a
 * second or third procedure in the same visit does not ask PIDE again.
 */
public final class Visit {
    private final UUID id;
    private final Advisor advisor;
    private final ServicePoint point;
    private final Document document;
    private final VerificationState verification;
    private final IdentityResult identity;
    private final String citizenNames;
    private final List<Attention> saved = new ArrayList<>();
    private Instant currentStart;
    /** The father's, mother's or guardian's document, for a minor; null when none was asked. */
    private Document guardian;

    /**
     * @param identity PIDE's answer; null when the document has no service (checked by the advisor)
     * @param citizenNames names from PIDE, or typed by the advisor when PIDE gave none
     */
    public Visit(Advisor advisor, ServicePoint point, Document document, IdentityResult identity,
                 String citizenNames, Instant start) {
        this(UUID.randomUUID(), advisor, point, document, identity, citizenNames, start);
    }

    /**
     * @param id chosen before the identity query, so the query's audit row names this visit
     *           (see {@code QueryContext.forVisit})
     */
    public Visit(UUID id, Advisor advisor, ServicePoint point, Document document, IdentityResult identity,
                 String citizenNames, Instant start) {
        this(id, advisor, point, document, identity, identity == null ? VerificationState.CHECKED_BY_ADVISOR
                : identity.outcome().verificationState(), citizenNames, start);
    }

    /**
     * @param verification how the identity stands: {@link VerificationState#CHECKED_BY_ADVISOR} when
     *                     the advisor confirmed the physical document (no PIDE service, or RENIEC has
     *                     no such DNI: then {@code identity} keeps RENIEC's answer and its code)
     */
    public Visit(UUID id, Advisor advisor, ServicePoint point, Document document, IdentityResult identity,
                 VerificationState verification, String citizenNames, Instant start) {
        this.id = Objects.requireNonNull(id);
        this.advisor = Objects.requireNonNull(advisor);
        this.point = Objects.requireNonNull(point);
        this.document = Objects.requireNonNull(document);
        this.identity = identity;
        this.verification = Objects.requireNonNull(verification);
        this.citizenNames = citizenNames == null ? "" : citizenNames.strip();
        this.currentStart = start;
    }

    public UUID id() {
        return id;
    }

    public Advisor advisor() {
        return advisor;
    }

    public ServicePoint point() {
        return point;
    }

    public Document document() {
        return document;
    }

    public VerificationState verification() {
        return verification;
    }

    public IdentityResult identity() {
        return identity;
    }

    public String citizenNames() {
        return citizenNames;
    }

    public Instant currentStart() {
        return currentStart;
    }

    /** "¿Desea realizar otro trámite?" — yes: the next attention starts now. */
    public void startNext(Instant now) {
        currentStart = now;
    }

    /** The document of the adult accompanying a minor: recorded with each attention saved from now on. */
    public void recordGuardian(Document document) {
        this.guardian = Objects.requireNonNull(document);
    }

    public Document guardian() {
        return guardian;
    }

    void addSaved(Attention a) {
        saved.add(a);
    }

    public List<Attention> saved() {
        return List.copyOf(saved);
    }
}
