package pe.macexpress.desk.reports;

import java.util.OptionalDouble;

/**
 * One survey driver (treatment, information, time, outcome, accessibility, trust): how many
 * answered it, the mean answer (1 to {@code SurveyContent.SCALE}) and the share of satisfied
 * answers (4 or 5). Empty when nobody answered it: "sin dato", never zero.
 */
public record Satisfaction(String driver, int answered, OptionalDouble mean, Share satisfied) {
    /** Answers at or above this are "satisfied" (the two best faces of five). */
    public static final int SATISFIED_FROM = 4;
}
