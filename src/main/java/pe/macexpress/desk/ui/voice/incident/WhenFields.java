package pe.macexpress.desk.ui.voice.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** A date (dd/mm/aaaa) and a time (hh:mm) typed at the counter, read at the counter's time zone. */
final class WhenFields {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private WhenFields() {
    }

    static String date(Instant at, ZoneId zone) {
        return DATE.format(at.atZone(zone));
    }

    static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** The instant typed, or empty when either part is not a real date or time. */
    static Optional<Instant> parse(String date, String time, ZoneId zone) {
        try {
            LocalDate d = LocalDate.parse(date.strip(), DATE);
            String t = time.strip();
            // 9:05 is as good as 09:05.
            LocalTime lt = LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t, TIME);
            return Optional.of(d.atTime(lt).atZone(zone).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
