package cn.budgetperf.portal.bureau;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Instants as the pages show them: Beijing time to the minute, e.g. 2026-11-24 17:23. */
public final class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private Times() {
    }

    public static String beijing(Object instant) {
        if (instant == null) {
            return "—";
        }
        try {
            return MINUTES.format(Instant.parse(instant.toString()));
        } catch (DateTimeParseException e) {
            return instant.toString();
        }
    }
}
