package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class GoalMetricsTests {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private static Goal goal(String cohort, String setOn, String dueOn, String achievedOn) {
        return new Goal(cohort, LocalDate.parse(setOn), dueOn == null ? null : LocalDate.parse(dueOn),
                achievedOn == null ? null : LocalDate.parse(achievedOn));
    }

    private final List<Goal> goals = List.of(goal("c", "2026-01-01", "2026-02-01", "2026-01-31"),
            goal("c", "2026-02-01", "2026-10-30", null), goal("c", "2026-03-01", "2026-10-31", null),
            goal("c", "2026-04-01", "2026-06-01", "2026-11-02"), goal("c", "2026-05-01", null, "2026-10-31"),
            goal("c", "2026-11-01", null, null), goal("d", "2026-01-01", null, "2026-01-11"));

    @Test
    void countsGoalsSetByTheEndOfTheMonthAndThoseAchievedOrOverdueThen() {
        HealthRows rows = new HealthRows(GoalMetrics.of("2026-10", "p", "c", D, goals));

        assertThat(rows.value("goals_set")).isEqualTo(5);
        assertThat(rows.value("goals_achieved")).isEqualTo(2);
        assertThat(rows.value("goal_attainment_rate")).isEqualTo(0.4);
        assertThat(rows.n("goal_attainment_rate")).isEqualTo(5);
        // Due 2026-10-30 and open, and achieved only after D; due on D itself is not overdue yet.
        assertThat(rows.value("goals_overdue")).isEqualTo(2);
        // 30 and 183 days.
        assertThat(rows.value("days_to_goal_median")).isEqualTo(106.5);
        assertThat(rows.n("days_to_goal_median")).isEqualTo(2);
    }

    @Test
    void allCountsTheGoalsOfEveryCohort() {
        HealthRows rows = new HealthRows(GoalMetrics.of("2026-10", "p", "ALL", D, goals));

        assertThat(rows.value("goals_set")).isEqualTo(6);
        assertThat(rows.value("days_to_goal_median")).isEqualTo(30);
    }

    @Test
    void withoutGoalsTheCountsAreZeroAndTheRateAndMedianEmpty() {
        HealthRows rows = new HealthRows(GoalMetrics.of("2026-10", "p", "ALL", D, List.of()));

        assertThat(rows.value("goals_set")).isZero();
        assertThat(rows.value("goals_overdue")).isZero();
        assertThat(rows.value("goal_attainment_rate")).isNull();
        assertThat(rows.value("days_to_goal_median")).isNull();
    }
}
