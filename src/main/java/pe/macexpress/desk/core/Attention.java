package pe.macexpress.desk.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One procedure performed for one citizen. A visit (same {@code visitId}) holds several.
 * The id is generated here, on the workstation, so the central server can deduplicate uploads.
 *
 * @param citizenNames names as confirmed by PIDE or typed by the advisor; blank if unknown
 * @param verificationCode PIDE's result code ("0000", …) or blank when PIDE gave none
 * @param language the language of the attention (BCP 47 tag, e.g. "es", "qu")
 * @param servedVia the channel used, the entity's reference and the catalogue version
 * @param arrival when the citizen arrived and was called, and the language spoken with them (issue 13)
 */
public record Attention(
        UUID id,
        String code,
        UUID visitId,
        String advisorId,
        String pointId,
        Document document,
        String citizenNames,
        VerificationState verification,
        String verificationCode,
        String procedureId,
        Outcome outcome,
        String language,
        Instant startedAt,
        Instant endedAt,
        ServedVia servedVia,
        Arrival arrival) {

    /** An attention with no arrival recorded (tools, tests, attentions from before the timeline). */
    public Attention(UUID id, String code, UUID visitId, String advisorId, String pointId, Document document,
                     String citizenNames, VerificationState verification, String verificationCode, String procedureId,
                     Outcome outcome, String language, Instant startedAt, Instant endedAt, ServedVia servedVia) {
        this(id, code, visitId, advisorId, pointId, document, citizenNames, verification, verificationCode,
                procedureId, outcome, language, startedAt, endedAt, servedVia, Arrival.UNKNOWN);
    }

    /** An attention done at the counter with no catalogue version recorded (tests, older callers). */
    public Attention(UUID id, String code, UUID visitId, String advisorId, String pointId, Document document,
                     String citizenNames, VerificationState verification, String verificationCode, String procedureId,
                     Outcome outcome, String language, Instant startedAt, Instant endedAt) {
        this(id, code, visitId, advisorId, pointId, document, citizenNames, verification, verificationCode,
                procedureId, outcome, language, startedAt, endedAt, ServedVia.UNRECORDED);
    }

    public Attention {
        Objects.requireNonNull(id);
        Objects.requireNonNull(code);
        Objects.requireNonNull(visitId);
        Objects.requireNonNull(advisorId);
        Objects.requireNonNull(pointId);
        Objects.requireNonNull(document);
        Objects.requireNonNull(verification);
        Objects.requireNonNull(procedureId);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(language);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(endedAt);
        servedVia = servedVia == null ? ServedVia.UNRECORDED : servedVia;
        arrival = arrival == null ? Arrival.UNKNOWN : arrival;
        // Stored as epoch milliseconds: keep only what survives a round trip through the store.
        startedAt = startedAt.truncatedTo(ChronoUnit.MILLIS);
        endedAt = endedAt.truncatedTo(ChronoUnit.MILLIS);
        citizenNames = citizenNames == null ? "" : citizenNames;
        verificationCode = verificationCode == null ? "" : verificationCode;
        if (!outcome.isComplete()) {
            throw new IllegalArgumentException("outcome " + outcome.type() + " needs a detail");
        }
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("an attention cannot end before it starts");
        }
    }

    /** Handling time: from the start to the end of this attention. */
    public java.time.Duration handling() {
        return java.time.Duration.between(startedAt, endedAt);
    }

    /** The language spoken with the citizen: the recorded one, else the attention's language. */
    public String citizenLanguage() {
        return arrival.citizenLanguage() == null ? language : arrival.citizenLanguage();
    }

    @Override
    public String toString() {
        // Keeps names and document numbers out of any log line that prints an attention.
        return "Attention[" + id + " " + code + " " + procedureId + " " + outcome.type() + "]";
    }
}
