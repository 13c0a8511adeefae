package dev.mentorlens.metrics;

import static dev.mentorlens.metrics.MetricNames.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The participation metrics of one group for the month whose last day is {@code d}. */
final class ParticipationMetrics {

    private ParticipationMetrics() {
    }

    static List<MetricRow> of(String period, Programme programme, String cohort, LocalDate d, MonthActivity activity) {
        String id = programme.programmeId();
        List<Enrolment> enrolments = programme.enrolmentsOf(cohort);
        List<Match> matches = programme.matchesOf(cohort);

        long mentors = activePeople(enrolments, Enrolment.MENTOR, d);
        long mentees = activePeople(enrolments, Enrolment.MENTEE, d);
        List<Match> active = matches.stream().filter(m -> m.activeAt(d)).toList();
        long matchedMentees = active.stream().map(Match::menteeId).distinct().count();
        long[] held = activity.totals(cohort, "held");
        long[] cancelled = activity.totals(cohort, "cancelled");
        long[] noShow = activity.totals(cohort, "no_show");
        long sessions = held[0] + cancelled[0] + noShow[0];
        long activePairs = active.stream().filter(m -> activity.heldMatches().contains(m.matchId())).count();
        long dormant = dormantPairs(programme, active, d, activity).size();

        List<MetricRow> rows = new ArrayList<>();
        rows.add(MetricRow.count(period, id, cohort, ENROLLED_MENTORS, mentors));
        rows.add(MetricRow.count(period, id, cohort, ENROLLED_MENTEES, mentees));
        rows.add(MetricRow.count(period, id, cohort, ACTIVE_MATCHES, active.size()));
        rows.add(MetricRow.count(period, id, cohort, MATCHED_MENTEES, matchedMentees));
        rows.add(MetricRow.of(period, id, cohort, MATCH_RATE, Numbers.ratio(matchedMentees, mentees), mentees));
        rows.add(MetricRow.count(period, id, cohort, SESSIONS_HELD, held[0]));
        rows.add(MetricRow.count(period, id, cohort, SESSIONS_CANCELLED, cancelled[0]));
        rows.add(MetricRow.count(period, id, cohort, SESSIONS_NO_SHOW, noShow[0]));
        rows.add(MetricRow.count(period, id, cohort, MENTORING_HOURS, held[1] / 60.0));
        rows.add(MetricRow.of(period, id, cohort, SESSION_COMPLETION_RATE, Numbers.ratio(held[0], sessions),
                sessions));
        rows.add(MetricRow.count(period, id, cohort, ACTIVE_PAIRS, activePairs));
        rows.add(MetricRow.of(period, id, cohort, PAIR_ACTIVITY_RATE, Numbers.ratio(activePairs, active.size()),
                active.size()));
        rows.add(MetricRow.count(period, id, cohort, DORMANT_PAIRS, dormant));
        return rows;
    }

    /** Distinct employees with an enrolment in the role active at {@code d}. */
    static long activePeople(List<Enrolment> enrolments, String role, LocalDate d) {
        Set<String> people = new HashSet<>();
        for (Enrolment e : enrolments) {
            if (e.role().equals(role) && e.activeAt(d)) {
                people.add(e.employeeId());
            }
        }
        return people.size();
    }

    /**
     * Active matches matched at least two cadences before {@code d} whose latest held session (if
     * any) is not in {@code (d - 2·cadence, d]}.
     */
    static List<DormantPair> dormantPairs(Programme programme, List<Match> active, LocalDate d,
            MonthActivity activity) {
        LocalDate cutoff = d.minusDays(2L * programme.cadenceDays());
        List<DormantPair> dormant = new ArrayList<>();
        for (Match m : active) {
            if (m.matchedOn().isAfter(cutoff)) {
                continue;
            }
            LocalDate last = activity.lastHeld().get(m.matchId());
            if (last == null || !last.isAfter(cutoff)) {
                dormant.add(new DormantPair(m.matchId(), m.cohort(), m.mentorId(), m.menteeId(), last));
            }
        }
        return dormant;
    }
}
