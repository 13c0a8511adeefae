package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What happened in sessions for one month: counts per cohort (key null = sessions without a
 * match) and status, the matches with a held session in the month, and every match's latest held
 * session on or before the month's last day.
 */
record MonthActivity(Map<String, Map<String, long[]>> countsByCohort, Set<String> heldMatches,
        Map<String, LocalDate> lastHeld) {

    static Map<String, Map<String, long[]>> emptyCounts() {
        return new HashMap<>();
    }

    static void add(Map<String, Map<String, long[]>> counts, SessionCount count) {
        long[] totals = counts.computeIfAbsent(count.cohort(), c -> new HashMap<>())
                .computeIfAbsent(count.status(), s -> new long[2]);
        totals[0] += count.sessions();
        totals[1] += count.minutes();
    }

    /** Sessions and minutes of a status in a group; ALL adds every key, sessions without a match included. */
    long[] totals(String cohort, String status) {
        long[] sum = new long[2];
        countsByCohort.forEach((key, byStatus) -> {
            if (Groups.isAll(cohort) || cohort.equals(key)) {
                long[] t = byStatus.get(status);
                if (t != null) {
                    sum[0] += t[0];
                    sum[1] += t[1];
                }
            }
        });
        return sum;
    }
}
