package dev.mentorlens.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

/** The fire times of a cron that passed while nothing was there to fire them. */
final class MissedFires {

    /** Enough to walk a year of a job that fires every minute; past that, the last fire is searched from later on. */
    private static final int MAX_STEPS = 600_000;

    private MissedFires() {
    }

    /**
     * The latest fire time after {@code handled} and not after {@code now}, read in {@code zone}: the one
     * fire to run at start-up when the process was down (earlier ones are not run again one by one).
     */
    static Optional<ZonedDateTime> latest(String cron, ZoneId zone, Instant handled, Instant now) {
        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime end = now.atZone(zone);
        ZonedDateTime from = handled.atZone(zone);
        if (Instant.from(from).isBefore(now.minusSeconds(366L * 24 * 3600))) {
            // a fire missed more than a year ago is covered by the ones since
            from = now.minusSeconds(366L * 24 * 3600).atZone(zone);
        }
        ZonedDateTime latest = null;
        ZonedDateTime next = expression.next(from);
        for (int step = 0; next != null && !next.isAfter(end) && step < MAX_STEPS; step++) {
            latest = next;
            next = expression.next(next);
        }
        return Optional.ofNullable(latest);
    }
}
