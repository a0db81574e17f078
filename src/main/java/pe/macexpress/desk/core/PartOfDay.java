package pe.macexpress.desk.core;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The one place that decides the time of day for the protocol's words, so the greeting ("Buenas
 * tardes") and the farewell ("Que tenga buenas tardes") never disagree. Morning from 05:00, afternoon
 * from 12:00, evening (night) from 19:00, as greetings go in Peru.
 */
public enum PartOfDay {
    MORNING, AFTERNOON, EVENING;

    public static PartOfDay of(LocalTime t) {
        int h = t.getHour();
        if (h >= 5 && h < 12) {
            return MORNING;
        }
        return h >= 12 && h < 19 ? AFTERNOON : EVENING;
    }

    public static PartOfDay of(Instant at, ZoneId zone) {
        return of(at.atZone(zone).toLocalTime());
    }

    /** "morning", "afternoon" or "evening": the suffix of greeting.* and protocol.wish.* keys. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The greeting's key ({@code greeting.morning}, …). */
    public String greetingKey() {
        return "greeting." + code();
    }

    /** The farewell's wish for the rest of the day ({@code protocol.wish.morning}, …). */
    public String wishKey() {
        return "protocol.wish." + code();
    }
}
