package dev.mentorlens.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class MissedFiresTests {

    private static final String MONTHLY = "0 0 6 2 * *";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theLatestOfSeveralMissedFiresIsTheOneToRun() {
        Instant handled = Instant.parse("2026-08-02T05:00:00Z");
        Instant now = Instant.parse("2026-11-20T12:00:00Z");

        assertThat(MissedFires.latest(MONTHLY, LONDON, handled, now))
                .contains(ZonedDateTime.of(2026, 11, 2, 6, 0, 0, 0, LONDON));
    }

    @Test
    void nothingIsMissedWhenTheNextFireIsStillToCome() {
        Instant handled = Instant.parse("2026-11-02T06:00:00Z");
        Instant now = Instant.parse("2026-12-02T05:59:59Z");

        assertThat(MissedFires.latest(MONTHLY, LONDON, handled, now)).isEmpty();
    }

    @Test
    void fireTimesAreReadInTheDefinitionsZoneAcrossDaylightSaving() {
        // 06:00 in London on 2 July is 05:00 UTC: a process back at 05:30 UTC has missed it
        Instant handled = Instant.parse("2026-06-02T06:00:00Z");

        assertThat(MissedFires.latest(MONTHLY, LONDON, handled, Instant.parse("2026-07-02T05:30:00Z")))
                .hasValueSatisfying(fire -> assertThat(fire.toInstant()).isEqualTo(Instant.parse("2026-07-02T05:00:00Z")));
        assertThat(MissedFires.latest(MONTHLY, ZoneId.of("UTC"), handled, Instant.parse("2026-07-02T05:30:00Z")))
                .isEmpty();
    }

    @Test
    void aFireTimeAlreadyHandledIsNotMissed() {
        Instant handled = Instant.parse("2026-11-02T06:00:00Z");

        assertThat(MissedFires.latest(MONTHLY, ZoneId.of("UTC"), handled, handled)).isEmpty();
    }
}
