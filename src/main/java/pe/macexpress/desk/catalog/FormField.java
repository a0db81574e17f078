package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a capture form.
 *
 * @param options the choices, only for {@link FieldType#CHOICE}
 * @param min lowest value, only for numbers (may be null)
 * @param max highest value, only for numbers (may be null)
 * @param maxLength longest text, only for text (may be null)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(String id, FieldType type, Texts label, Texts help, boolean required,
                        List<Option> options, BigDecimal min, BigDecimal max, Integer maxLength) {

    public FormField {
        options = options == null ? null : List.copyOf(options);
    }

    public String label(String language) {
        return label == null ? id : label.in(language);
    }

    public String help(String language) {
        return help == null ? "" : help.in(language);
    }

    public List<Option> choices() {
        return options == null ? List.of() : options;
    }

    /** One value of a choice field. */
    public record Option(String value, Texts label) {
        public String label(String language) {
            return label == null ? value : label.in(language);
        }
    }
}
