package dev.mentorlens.metrics;

import static dev.mentorlens.metrics.MetricNames.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The goals of a group's matches set on or before D (docs/metrics.md, programme health and impact): how many were achieved by D,
 * how many are past due and still open, and how long achieving one took.
 */
final class GoalMetrics {

    private GoalMetrics() {
    }

    /** @param goals the programme's goals set on or before D, each with its match's cohort */
    static List<MetricRow> of(String period, String programmeId, String cohort, LocalDate d, List<Goal> goals) {
        long set = 0;
        long overdue = 0;
        List<Long> daysToGoal = new ArrayList<>();
        for (Goal g : goals) {
            if (g.setOn().isAfter(d) || !(Groups.isAll(cohort) || cohort.equals(g.cohort()))) {
                continue;
            }
            set++;
            if (g.achievedBy(d)) {
                daysToGoal.add(ChronoUnit.DAYS.between(g.setOn(), g.achievedOn()));
            } else if (g.dueOn() != null && g.dueOn().isBefore(d)) {
                overdue++;
            }
        }
        long achieved = daysToGoal.size();
        return List.of(MetricRow.count(period, programmeId, cohort, GOALS_SET, set),
                MetricRow.count(period, programmeId, cohort, GOALS_ACHIEVED, achieved),
                MetricRow.of(period, programmeId, cohort, GOAL_ATTAINMENT_RATE, Numbers.ratio(achieved, set), set),
                MetricRow.count(period, programmeId, cohort, GOALS_OVERDUE, overdue),
                MetricRow.of(period, programmeId, cohort, DAYS_TO_GOAL_MEDIAN, Median.of(daysToGoal), achieved));
    }
}
