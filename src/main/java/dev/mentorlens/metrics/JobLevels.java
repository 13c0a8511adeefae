package dev.mentorlens.metrics;

import java.time.LocalDate;
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

    Integer levelAt(String employeeId, LocalDate day) {
        NavigableMap<LocalDate, Integer> events = history.get(employeeId);
        Map.Entry<LocalDate, Integer> latest = events == null ? null : events.floorEntry(day);
        return latest != null ? latest.getValue() : current.get(employeeId);
    }
}
