package dev.mentorlens.metrics;

import static dev.mentorlens.metrics.MetricNames.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the mentees of a group got by D (docs/metrics.md, programme health and impact): matched (a match of the group with
 * matched_on &lt;= D), met (a held session of one of those matches dated &lt;= D), and how many days
 * each step took, counted as 0 when a match predates the enrolment or a session its match.
 */
final class ActivationMetrics {

    private ActivationMetrics() {
    }

    /** Each mentee of the group (enrolled_on &lt;= D) with their earliest enrolment in it. */
    static Map<String, LocalDate> mentees(Programme programme, String cohort, LocalDate d) {
        Map<String, LocalDate> earliest = new TreeMap<>();
        for (Enrolment e : programme.enrolmentsOf(cohort)) {
            if (e.role().equals(Enrolment.MENTEE) && !e.enrolledOn().isAfter(d)) {
                earliest.merge(e.employeeId(), e.enrolledOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return earliest;
    }

    /**
     * The mentees of a group and how far each got by D.
     *
     * @param mentees each mentee with the earliest enrolment {@code e}
     * @param firstMatch the matched ones with {@code m}
     * @param firstMeeting the ones who met with {@code f}
     */
    record Activation(Map<String, LocalDate> mentees, Map<String, LocalDate> firstMatch,
            Map<String, LocalDate> firstMeeting) {
    }

    static Activation activation(Programme programme, String cohort, LocalDate d, Map<String, HeldDates> held) {
        Map<String, LocalDate> mentees = mentees(programme, cohort, d);
        Map<String, LocalDate> firstMatch = new HashMap<>();
        Map<String, LocalDate> firstMeeting = new HashMap<>();
        for (Match m : programme.matchesOf(cohort)) {
            if (m.matchedOn().isAfter(d) || !mentees.containsKey(m.menteeId())) {
                continue;
            }
            firstMatch.merge(m.menteeId(), m.matchedOn(), ActivationMetrics::earlier);
            HeldDates dates = held.get(m.matchId());
            if (dates != null) {
                firstMeeting.merge(m.menteeId(), dates.first(), ActivationMetrics::earlier);
            }
        }
        return new Activation(mentees, firstMatch, firstMeeting);
    }

    static List<MetricRow> of(String period, Programme programme, String cohort, LocalDate d,
            Map<String, HeldDates> held) {
        Activation activation = activation(programme, cohort, d, held);
        Map<String, LocalDate> mentees = activation.mentees();
        Map<String, LocalDate> firstMatch = activation.firstMatch();
        Map<String, LocalDate> firstMeeting = activation.firstMeeting();
        List<Long> daysToMatch = new ArrayList<>();
        firstMatch.forEach((mentee, matched) -> daysToMatch.add(daysBetween(mentees.get(mentee), matched)));
        List<Long> daysToMeet = new ArrayList<>();
        firstMeeting.forEach((mentee, met) -> daysToMeet.add(daysBetween(firstMatch.get(mentee), met)));

        String id = programme.programmeId();
        return List.of(MetricRow.count(period, id, cohort, MENTEES_MATCHED, firstMatch.size()),
                MetricRow.count(period, id, cohort, MENTEES_MET, firstMeeting.size()),
                MetricRow.of(period, id, cohort, ACTIVATION_RATE, Numbers.ratio(firstMeeting.size(), mentees.size()),
                        mentees.size()),
                MetricRow.of(period, id, cohort, DAYS_TO_MATCH_MEDIAN, Median.of(daysToMatch), firstMatch.size()),
                MetricRow.of(period, id, cohort, DAYS_TO_FIRST_MEETING_MEDIAN, Median.of(daysToMeet),
                        firstMeeting.size()));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** max(0, to - from) in days. */
    private static long daysBetween(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
