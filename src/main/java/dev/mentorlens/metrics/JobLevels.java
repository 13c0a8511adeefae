package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Everyone's job level on a given day (docs/metrics.md, programme health and impact): the greatest level among the job_history
 * events of the latest date on or before that day that carry a level, else the level in
 * employees.csv. Events without a level are not looked at.
 */
final class JobLevels {

    private final Map<String, Integer> current = new HashMap<>();
    private final Map<String, NavigableMap<LocalDate, Integer>> history = new HashMap<>();

    void addCurrent(String employeeId, int level) {
        current.put(employeeId, level);
    }

    /** A job_history event with a level; events of one day keep the greatest level. */
    void addEvent(String employeeId, LocalDate effective, int level) {
        history.computeIfAbsent(employeeId, id -> new TreeMap<>()).merge(effective, level, Math::max);
    }

    /** One person's levels as sorted epoch days, for many look-ups of that person on different days. */
    Timeline timeline(String employeeId) {
        NavigableMap<LocalDate, Integer> events = history.getOrDefault(employeeId, Collections.emptyNavigableMap());
        long[] days = new long[events.size()];
        int[] levels = new int[events.size()];
        int i = 0;
        for (Map.Entry<LocalDate, Integer> event : events.entrySet()) {
            days[i] = event.getKey().toEpochDay();
            levels[i++] = event.getValue();
        }
        return new Timeline(days, levels, current.get(employeeId));
    }

    /** What {@link #levelAt} gives for one person, with the day as an epoch day. */
    record Timeline(long[] days, int[] levels, Integer current) {

        Integer levelAt(long epochDay) {
            int found = Arrays.binarySearch(days, epochDay);
            int latest = found >= 0 ? found : -found - 2;
            return latest >= 0 ? Integer.valueOf(levels[latest]) : current;
        }
    }

    Integer levelAt(String employeeId, LocalDate day) {
        NavigableMap<LocalDate, Integer> events = history.get(employeeId);
        Map.Entry<LocalDate, Integer> latest = events == null ? null : events.floorEntry(day);
        return latest != null ? latest.getValue() : current.get(employeeId);
    }
}
