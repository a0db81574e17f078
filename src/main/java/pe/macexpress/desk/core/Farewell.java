package pe.macexpress.desk.core;

import java.util.Collection;

/**
 * The protocol's farewell as message keys: an apology first when the citizen leaves without
 * everything done (any attention NO_ATENDIDO or DERIVADO), then the thanks (with the citizen's
 * names when known), then the wish for the rest of the day, whose time of day is the greeting's
 * ({@link PartOfDay}).
 *
 * @param apologyKey {@code protocol.apology.notserved}, {@code protocol.apology.referred} or blank
 * @param thanksKey {@code protocol.thanks} (takes the names) or {@code protocol.thanks.anonymous}
 * @param wishKey {@code protocol.wish.morning|afternoon|evening}
 */
public record Farewell(String apologyKey, String thanksKey, String wishKey) {

    public static Farewell of(Collection<OutcomeType> outcomes, PartOfDay part, boolean named) {
        String apology = outcomes.contains(OutcomeType.NO_ATENDIDO) ? "protocol.apology.notserved"
                : outcomes.contains(OutcomeType.DERIVADO) ? "protocol.apology.referred" : "";
        return new Farewell(apology, named ? "protocol.thanks" : "protocol.thanks.anonymous", part.wishKey());
    }

    public boolean apologizes() {
        return !apologyKey.isEmpty();
    }
}
