package dev.mentorlens.metrics;

import static dev.mentorlens.metrics.MetricNames.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The health state of each match active at D (docs/metrics.md, programme health and impact), first rule that applies: on track
 * (held in the last cadence), too early (matched within two cadences), dormant (not held in two
 * cadences), needs check-in (held only in the cadence before the last).
 */
final class PairHealthMetrics {

    enum State {
        ON_TRACK, TOO_EARLY, DORMANT, NEEDS_CHECK_IN
    }

    private PairHealthMetrics() {
    }

    /** The state of an active match, given its latest held session on or before D (null: none). */
    static State state(Match match, LocalDate lastHeld, LocalDate d, int cadenceDays) {
        LocalDate oneCadence = d.minusDays(cadenceDays);
        LocalDate twoCadences = d.minusDays(2L * cadenceDays);
        if (lastHeld != null && lastHeld.isAfter(oneCadence)) {
            return State.ON_TRACK;
        }
        if (match.matchedOn().isAfter(twoCadences)) {
            return State.TOO_EARLY;
        }
        if (lastHeld == null || !lastHeld.isAfter(twoCadences)) {
            return State.DORMANT;
        }
        return State.NEEDS_CHECK_IN;
    }

    static List<MetricRow> of(String period, Programme programme, String cohort, LocalDate d,
            Map<String, HeldDates> held) {
        long[] counts = new long[State.values().length];
        long neverMet = 0;
        long active = 0;
        for (Match m : programme.matchesOf(cohort)) {
            if (!m.activeAt(d)) {
                continue;
            }
            active++;
            HeldDates dates = held.get(m.matchId());
            State state = state(m, dates == null ? null : dates.last(), d, programme.cadenceDays());
            counts[state.ordinal()]++;
            if (state == State.DORMANT && dates == null) {
                neverMet++;
            }
        }
        String id = programme.programmeId();
        return List.of(MetricRow.count(period, id, cohort, PAIRS_ON_TRACK, counts[State.ON_TRACK.ordinal()]),
                MetricRow.count(period, id, cohort, PAIRS_TOO_EARLY, counts[State.TOO_EARLY.ordinal()]),
                MetricRow.count(period, id, cohort, PAIRS_NEEDS_CHECK_IN, counts[State.NEEDS_CHECK_IN.ordinal()]),
                MetricRow.count(period, id, cohort, PAIRS_DORMANT, counts[State.DORMANT.ordinal()]),
                MetricRow.count(period, id, cohort, PAIRS_NEVER_MET, neverMet),
                MetricRow.of(period, id, cohort, ON_TRACK_SHARE,
                        Numbers.ratio(counts[State.ON_TRACK.ordinal()], active), active));
    }
}
