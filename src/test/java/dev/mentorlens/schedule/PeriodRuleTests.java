package dev.mentorlens.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class PeriodRuleTests {

    private static ZonedDateTime at(String localDateTime, String zone) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone));
    }

    @Test
    void previousMonthOfAFireInJanuaryIsDecemberOfTheYearBefore() {
        assertThat(PeriodRule.PREVIOUS_MONTH.periodAt(at("2027-01-02T06:00", "Europe/London"))).isEqualTo("2026-12");
    }

    @Test
    void theMonthIsReadInTheScheduleZoneNotInUtc() {
        // 00:30 on 1 November in Berlin is still 31 October in UTC
        ZonedDateTime fire = at("2026-11-01T00:30", "Europe/Berlin");

        assertThat(PeriodRule.CURRENT_MONTH.periodAt(fire)).isEqualTo("2026-11");
        assertThat(PeriodRule.CURRENT_MONTH.periodAt(fire.withZoneSameInstant(ZoneId.of("UTC")))).isEqualTo("2026-10");
    }

    @Test
    void previousQuarterIsTheLastMonthOfTheQuarterThatEnded() {
        assertThat(PeriodRule.PREVIOUS_QUARTER.periodAt(at("2027-01-03T07:00", "UTC"))).isEqualTo("2026-12");
        assertThat(PeriodRule.PREVIOUS_QUARTER.periodAt(at("2026-05-20T07:00", "UTC"))).isEqualTo("2026-03");
        assertThat(PeriodRule.PREVIOUS_QUARTER.periodAt(at("2026-09-30T07:00", "UTC"))).isEqualTo("2026-06");
    }
}
