package pe.macexpress.desk.speech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What to say to the citizen, in parts that each language reads its own way: plain text as written,
 * codes and document numbers digit by digit, days and fees in words ("treinta soles"). Screens build
 * one from the texts they already show; {@link Speech} turns it into words for the synthesizer.
 */
public record Utterance(List<Part> parts) {

    public Utterance {
        parts = List.copyOf(parts);
    }

    /** One piece of what is said. */
    public sealed interface Part permits Text, Code, DocumentNumber, Day, Money, Count {
    }

    /** Already in the citizen's language; said as written. */
    public record Text(String text) implements Part {
    }

    /** An attention code or a case number: letters and digits one by one. */
    public record Code(String code) implements Part {
    }

    /** A DNI, carné or passport number: digits one by one, in small groups. */
    public record DocumentNumber(String number) implements Part {
    }

    /** A calendar day: "2 de diciembre de 2026". */
    public record Day(LocalDate day) implements Part {
    }

    /** A fee in soles: "treinta soles con cincuenta céntimos". */
    public record Money(BigDecimal soles) implements Part {
    }

    /** A quantity said as a number ("diez días"). */
    public record Count(long value) implements Part {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Utterance of(String text) {
        return builder().text(text).build();
    }

    public boolean isEmpty() {
        return parts.stream().allMatch(p -> p instanceof Text t && t.text().isBlank());
    }

    /** Parts in the order they are said. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        public Builder text(String text) {
            if (text != null && !text.isBlank()) {
                parts.add(new Text(text));
            }
            return this;
        }

        public Builder code(String code) {
            parts.add(new Code(code));
            return this;
        }

        public Builder documentNumber(String number) {
            parts.add(new DocumentNumber(number));
            return this;
        }

        public Builder day(LocalDate day) {
            parts.add(new Day(day));
            return this;
        }

        public Builder money(BigDecimal soles) {
            parts.add(new Money(soles));
            return this;
        }

        public Builder count(long value) {
            parts.add(new Count(value));
            return this;
        }

        public Builder append(Utterance other) {
            parts.addAll(other.parts());
            return this;
        }

        public Utterance build() {
            return new Utterance(parts);
        }
    }
}
