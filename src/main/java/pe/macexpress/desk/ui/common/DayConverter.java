package pe.macexpress.desk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Days typed in a {@link DatePicker} as dd/mm/aaaa, the way both languages write them at the counter;
 * text that is not a date leaves the picker on the day it had (never an exception, never a blank).
 */
public final class DayConverter extends StringConverter<LocalDate> {
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private final DatePicker picker;

    private DayConverter(DatePicker picker) {
        this.picker = picker;
    }

    /** Gives {@code picker} this converter. */
    public static void use(DatePicker picker) {
        picker.setConverter(new DayConverter(picker));
    }

    @Override
    public String toString(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    @Override
    public LocalDate fromString(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip(), DAY);
        } catch (DateTimeParseException e) {
            return picker.getValue();
        }
    }
}
