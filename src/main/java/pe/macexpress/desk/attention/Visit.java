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
    /** When the first attention started: a walk-in's arrival and call (issue 13). */
    private final Instant firstStart;
    /** The arrival queue's turn this visit serves (issue 13); null for a walk-in. */
    private UUID turnId;
    private Integer turn;
    private Instant arrivedAt;
    private Instant calledAt;
    /** The language spoken with the citizen (BCP 47), separate from the advisor's screen language. */
    private String citizenLanguage = pe.macexpress.desk.i18n.Localization.FALLBACK;
    private int orientations;

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
        this.firstStart = start;
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

    /**
     * The citizen came through the arrival queue: their turn, when they arrived and when the advisor
     * called them (issue 13). Without it the visit is a walk-in: arrived and called when it started.
     */
    public void arrivedWith(UUID turnId, int turn, Instant arrivedAt, Instant calledAt) {
        this.turnId = Objects.requireNonNull(turnId);
        this.turn = turn;
        this.arrivedAt = Objects.requireNonNull(arrivedAt);
        this.calledAt = Objects.requireNonNull(calledAt);
    }

    /** The language spoken with the citizen, chosen on the identification screen. */
    public void speakWith(String languageTag) {
        if (languageTag != null && !languageTag.isBlank()) {
            this.citizenLanguage = languageTag.strip();
        }
    }

    /** The language spoken with the citizen (BCP 47 tag): the receipt's and the survey's default. */
    public String citizenLanguage() {
        return citizenLanguage;
    }

    /** The arrival queue's turn id; null for a walk-in. */
    public UUID turnId() {
        return turnId;
    }

    /** The turn number; null for a walk-in. */
    public Integer turn() {
        return turn;
    }

    /** Arrival, call and the citizen's language, as each attention of this visit records them. */
    public pe.macexpress.desk.core.Arrival arrival() {
        if (arrivedAt == null) {
            return pe.macexpress.desk.core.Arrival.walkIn(firstStart, citizenLanguage);
        }
        return new pe.macexpress.desk.core.Arrival(arrivedAt, calledAt, citizenLanguage);
    }

    /** An orientation or a request outside the catalogue was recorded in this visit. */
    public void addOrientation() {
        orientations++;
    }

    public int orientations() {
        return orientations;
    }

    void addSaved(Attention a) {
        saved.add(a);
    }

    public List<Attention> saved() {
        return List.copyOf(saved);
    }
}
