package pe.macexpress.desk.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A complaint of the Libro de Reclamaciones as stored: its number, what was filed, when it is due
 * and, once answered, the answer. {@link #toString()} names no one.
 *
 * @param due the last day of the answer's plazo (working days, as configured)
 * @param answer null while open
 * @param revision 1 when filed; each change sent to the central raises it
 * @param purged whether retention blanked its personal fields
 */
public record Complaint(UUID id, ComplaintNumber number, String pointId, Instant filedAt, ComplaintFiling filing,
                        LocalDate due, Answer answer, int revision, boolean purged) {

    /** How the answer reached the citizen. */
    public enum AnswerVia {
        EMAIL, LETTER, IN_PERSON;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<AnswerVia> fromCode(String code) {
            for (AnswerVia v : values()) {
                if (v.code().equals(code)) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The answer recorded by a supervisor or advisor.
     *
     * @param on the day it was sent to the citizen
     * @param summary short summary (at most {@link #MAX_SUMMARY} characters)
     * @param by who recorded it (advisor id)
     * @param recordedAt when it was recorded here
     */
    public record Answer(LocalDate on, AnswerVia via, String summary, String by, Instant recordedAt) {
        public static final int MAX_SUMMARY = 1000;

        @Override
        public String toString() {
            return "Answer[" + on + " " + via + "]";
        }
    }

    public boolean open() {
        return answer == null;
    }

    public boolean overdue(LocalDate today) {
        return open() && today.isAfter(due);
    }

    @Override
    public String toString() {
        return "Complaint[" + number + (open() ? " open" : " answered") + "]";
    }
}
