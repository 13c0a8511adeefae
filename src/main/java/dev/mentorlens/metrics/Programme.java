package dev.mentorlens.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A programme with its enrolments and matches (people-sized, so held in memory).
 *
 * @param cohorts the distinct cohorts of its enrolments and matches, in lexicographic order
 */
record Programme(String programmeId, int cadenceDays, List<Enrolment> enrolments, List<Match> matches,
        List<String> cohorts) {

    static Programme of(String programmeId, int cadenceDays, List<Enrolment> enrolments, List<Match> matches) {
        TreeSet<String> cohorts = new TreeSet<>();
        enrolments.forEach(e -> cohorts.add(e.cohort()));
        matches.forEach(m -> cohorts.add(m.cohort()));
        return new Programme(programmeId, cadenceDays, List.copyOf(enrolments), List.copyOf(matches),
                List.copyOf(cohorts));
    }

    List<Enrolment> enrolmentsOf(String cohort) {
        return Groups.isAll(cohort) ? enrolments
                : enrolments.stream().filter(e -> e.cohort().equals(cohort)).toList();
    }

    List<Match> matchesOf(String cohort) {
        return Groups.isAll(cohort) ? matches : matches.stream().filter(m -> m.cohort().equals(cohort)).toList();
    }

    /** ALL first, then the cohorts. */
    List<String> groups() {
        List<String> groups = new ArrayList<>();
        groups.add(Groups.ALL);
        groups.addAll(cohorts);
        return groups;
    }
}
