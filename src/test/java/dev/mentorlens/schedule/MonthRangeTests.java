package dev.mentorlens.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MonthRangeTests {

    @Test
    void listsEveryMonthInOrderAcrossAYearEnd() {
        MonthRange range = MonthRange.parse("2025-11", "2026-02");

        assertThat(range.months()).containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
        assertThat(range.size()).isEqualTo(4);
        assertThat(MonthRange.parse("2026-03", "2026-03").months()).containsExactly("2026-03");
    }

    @Test
    void refusesARangeThatRunsBackwards() {
        assertThatThrownBy(() -> MonthRange.parse("2026-06", "2026-01"))
                .hasMessage("from 2026-06 is after to 2026-01; give the earlier month as from.");
    }

    @Test
    void refusesMoreThanThirtySixMonthsButTakesExactlyThirtySix() {
        assertThat(MonthRange.parse("2024-01", "2026-12").size()).isEqualTo(36);
        assertThatThrownBy(() -> MonthRange.parse("2023-12", "2026-12"))
                .hasMessage("A backfill covers at most 36 months, and 2023-12 to 2026-12 is 37; split it into"
                        + " shorter ranges.");
    }

    @Test
    void refusesAMonthThatIsNotYyyyMmNamingTheField() {
        assertThatThrownBy(() -> MonthRange.parse("2026-1", "2026-03"))
                .hasMessage("from must be a month from 1900-01 to 2199-12 as YYYY-MM, e.g. 2026-10 (got '2026-1').");
        assertThatThrownBy(() -> MonthRange.parse("2026-01", "2026-13")).hasMessageStartingWith("to must be a month");
        assertThatThrownBy(() -> MonthRange.parse("2026-01", " ")).hasMessage("to is missing; give a month as YYYY-MM,"
                + " e.g. 2026-01.");
    }
}
