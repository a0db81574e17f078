package pe.macexpress.desk.procedure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import pe.macexpress.desk.catalog.Texts;

/**
 * One thing the citizen does (or need not do) after an attention, as a citizen who does not read can
 * be shown it: each kind has its pictogram and its words in every bundled language. Derived by
 * {@link NextSteps} from the catalogue and the outcome.
 *
 * @param days business days until coming back or until the answer; 0 when the catalogue gives none
 * @param fee soles to pay, for {@link Kind#PAY_AT_BANK}; zero otherwise
 * @param written a detail the advisor wrote (where the citizen is referred to); blank when none
 * @param catalogue a detail from the catalogue, per language (what to bring back, where to go); may be null
 */
public record NextStep(Kind kind, int days, BigDecimal fee, String written, Texts catalogue) {

    /** The kinds of next step, in the order a receipt lists them. */
    public enum Kind {
        /** Pay the fee at the Banco de la Nación first (coins and bank). */
        PAY_AT_BANK,
        /** Go to another office (building and arrow). */
        GO_TO_OFFICE,
        /** Come back in N days (calendar and arrow). */
        COME_BACK,
        /** Bring a document (a card held out). */
        BRING_DOCUMENT,
        /** Wait for a call or a text message (a phone). */
        WAIT_FOR_CALL,
        /** Keep the receipt: its codes are how the case is followed (a paper). */
        KEEP_RECEIPT,
        /** Done: nothing more to do (a tick). */
        DONE;

        /** "pay.at.bank", "come.back", …: the tail of this kind's message keys. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '.');
        }

        /** The short name of the pictogram (its accessible text). */
        public String messageKey() {
            return "picto.step." + code();
        }

        /** Whether its sentence says a number of days (then it has a "one day" and a "no days given" form). */
        public boolean counted() {
            return this == COME_BACK || this == WAIT_FOR_CALL;
        }

        /** Every key of its sentences: the one with days, and for counted kinds ".one" and ".open". */
        public java.util.List<String> sentenceKeys() {
            String key = "picto.step.text." + code();
            return counted() ? java.util.List.of(key, key + ".one", key + ".open") : java.util.List.of(key);
        }
    }

    public NextStep {
        Objects.requireNonNull(kind);
        days = Math.max(0, days);
        fee = fee == null ? BigDecimal.ZERO : fee;
        written = written == null ? "" : written.strip();
    }

    public static NextStep of(Kind kind) {
        return new NextStep(kind, 0, BigDecimal.ZERO, "", null);
    }

    /**
     * The key of the sentence said to the citizen: {0} = the days, {1} = the fee in soles ("30.00");
     * a counted kind with one day or none given has its own sentence.
     */
    public String sentenceKey() {
        java.util.List<String> keys = kind.sentenceKeys();
        if (!kind.counted() || days > 1) {
            return keys.get(0);
        }
        return days == 1 ? keys.get(1) : keys.get(2);
    }

    /** The fee as the sentence shows it: "30.00". */
    public String feeText() {
        return fee.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** The sentence in language {@code tag} (without the detail). */
    public String sentence(pe.macexpress.desk.i18n.Localization text, String tag) {
        return text.text(tag, sentenceKey(), Integer.toString(days), feeText());
    }

    /** The detail in language {@code tag}: what the advisor wrote, else the catalogue's text; blank when none. */
    public String detail(String tag) {
        if (!written.isEmpty()) {
            return written;
        }
        return catalogue == null ? "" : catalogue.in(tag).strip();
    }
}
