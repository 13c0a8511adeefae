package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The programme health and impact rows (docs/metrics.md, programme health and impact) of each group of one programme: pair
 * health, activation, mentor load, goals and the matched-impact estimate, in that order.
 */
final class HealthMetrics {

    private final String period;
    private final Programme programme;
    private final LocalDate d;
    private final Map<String, HeldDates> held;
    private final Integer capacity;
    private final List<Goal> goals;
    private final MatchedImpactMetrics impact;

    HealthMetrics(String period, Programme programme, LocalDate d, HealthRepository repository,
            MatchedImpactMetrics impact) {
        this.period = period;
        this.programme = programme;
        this.d = d;
        this.held = repository.heldDates(programme.programmeId(), d);
        this.capacity = repository.mentorCapacity(programme.programmeId());
        this.goals = repository.goals(programme.programmeId(), d);
        this.impact = impact;
    }

    List<MetricRow> rows(String cohort) {
        List<MetricRow> rows = new ArrayList<>();
        rows.addAll(PairHealthMetrics.of(period, programme, cohort, d, held));
        rows.addAll(ActivationMetrics.of(period, programme, cohort, d, held));
        rows.addAll(MentorLoadMetrics.of(period, programme, cohort, d, capacity));
        rows.addAll(GoalMetrics.of(period, programme.programmeId(), cohort, d, goals));
        rows.addAll(impact.rows(period, programme, cohort, d));
        return rows;
    }

    /**
     * The programme's active matches that need a check-in (met one to two cadences ago, not since), by
     * match id, with their latest held session: the pairs to contact before they go dormant.
     */
    List<DormantPair> checkInPairs() {
        List<DormantPair> pairs = new ArrayList<>();
        for (Match m : programme.matches()) {
            HeldDates dates = held.get(m.matchId());
            LocalDate last = dates == null ? null : dates.last();
            if (m.activeAt(d) && PairHealthMetrics.state(m, last, d, programme.cadenceDays())
                    == PairHealthMetrics.State.NEEDS_CHECK_IN) {
                pairs.add(new DormantPair(m.matchId(), m.cohort(), m.mentorId(), m.menteeId(), last));
            }
        }
        pairs.sort(java.util.Comparator.comparing(DormantPair::matchId));
        return pairs;
    }

    /** The naive counterparts of the matched-impact rows of a group, for the workbook only. */
    List<MetricRow> naiveImpact(String cohort) {
        return impact.naiveRows(period, programme, cohort, d);
    }
}
