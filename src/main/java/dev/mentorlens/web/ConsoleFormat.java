package dev.mentorlens.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How the console's pages write times and durations; the pages call it as {@code fmt}. */
final class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    /** A moment in the server's zone, or the empty string for none. */
    public String time(Object moment) {
        if (moment instanceof LocalDateTime local) {
            return local.truncatedTo(ChronoUnit.SECONDS).format(TIME);
        }
        if (moment instanceof Instant instant) {
            return instant.atZone(ZoneId.systemDefault()).format(TIME);
        }
        if (moment instanceof ZonedDateTime zoned) {
            return zoned.format(ZONED);
        }
        return moment == null ? "" : moment.toString();
    }

    /** A duration as people read it: 1 h 02 min, 3 min 05 s, 12 s. */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format("%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
    }
}
