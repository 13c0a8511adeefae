package dev.mentorlens.metrics;

import static dev.mentorlens.metrics.MetricNames.*;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many active matches the mentors of a group carry at D (docs/metrics.md, programme health and impact), and how many of them
 * carry more, over the whole programme, than its {@code mentor_capacity}.
 */
final class MentorLoadMetrics {

    private MentorLoadMetrics() {
    }

    /** Active matches at D per mentor, over the matches of one group. */
    static Map<String, Long> load(List<Match> matches, LocalDate d) {
        Map<String, Long> load = new HashMap<>();
        for (Match m : matches) {
            if (m.activeAt(d)) {
                load.merge(m.mentorId(), 1L, Long::sum);
            }
        }
        return load;
    }

    /** @param capacity the programme's mentor_capacity, null when it has none */
    static List<MetricRow> of(String period, Programme programme, String cohort, LocalDate d, Integer capacity) {
        Map<String, Long> group = load(programme.matchesOf(cohort), d);
        Map<String, Long> wholeProgramme = load(programme.matches(), d);
        long mentors = group.size();
        long activeMatches = group.values().stream().mapToLong(Long::longValue).sum();
        Double max = group.isEmpty() ? null : (double) Collections.max(group.values());
        Double overCapacity = capacity == null ? null
                : (double) group.keySet().stream().filter(mentor -> wholeProgramme.get(mentor) > capacity).count();

        String id = programme.programmeId();
        return List.of(MetricRow.count(period, id, cohort, MENTORS_ACTIVE, mentors),
                MetricRow.of(period, id, cohort, MENTEES_PER_MENTOR_MEAN, Numbers.ratio(activeMatches, mentors),
                        mentors),
                new MetricRow(period, id, cohort, MENTEES_PER_MENTOR_MAX, max, null, null, null, false),
                new MetricRow(period, id, cohort, MENTORS_OVER_CAPACITY, overCapacity, null, null, null, false));
    }
}
