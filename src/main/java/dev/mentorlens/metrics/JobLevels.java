package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Everyone's job level on a given day (docs/metrics.md, programme health and impact): the greatest level among the job_history
 * events of the latest date on or before that day that carry a level, else the level in
 * employees.csv. Events without a level are not looked at.
 * <p>
 * Kept as one small pair of sorted arrays per person: a million employees with two million events
 * fit in about a hundred megabytes, where a sorted map of dates per person took several times that.
 */
final class JobLevels {

    private final Map<String, Timeline> byEmployee = new HashMap<>();

    void addCurrent(String employeeId, int level) {
        timelineOf(employeeId).current = level;
    }

    /** A job_history event with a level; events of one day keep the greatest level. */
    void addEvent(String employeeId, LocalDate effective, int level) {
        timelineOf(employeeId).add(Math.toIntExact(effective.toEpochDay()), level);
    }

    /** One person's levels, for many look-ups of that person on different days. */
    Timeline timeline(String employeeId) {
        Timeline timeline = byEmployee.get(employeeId);
        return timeline == null ? new Timeline() : timeline;
    }

    Integer levelAt(String employeeId, LocalDate day) {
        return timeline(employeeId).levelAt(day.toEpochDay());
    }

    private Timeline timelineOf(String employeeId) {
        return byEmployee.computeIfAbsent(employeeId, id -> new Timeline());
    }

    /** A person's dated levels as sorted epoch days, and their level in employees.csv. */
    static final class Timeline {

        private static final int[] NONE = {};

        private int[] days = NONE;
        private int[] levels = NONE;
        private Integer current;

        /** The epoch days with a level, ascending; not to be changed. */
        int[] days() {
            return days;
        }

        /** The level of each of {@link #days()}; not to be changed. */
        int[] levels() {
            return levels;
        }

        /** The level in employees.csv, or null. */
        Integer current() {
            return current;
        }

        Integer levelAt(long epochDay) {
            int found = Arrays.binarySearch(days, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, epochDay)));
            int latest = found >= 0 ? found : -found - 2;
            return latest >= 0 ? Integer.valueOf(levels[latest]) : current;
        }

        /** People have a handful of events each: a copy per insertion costs less than a map entry per event. */
        private void add(int day, int level) {
            int found = Arrays.binarySearch(days, day);
            if (found >= 0) {
                levels[found] = Math.max(levels[found], level);
                return;
            }
            int at = -found - 1;
            days = inserted(days, at, day);
            levels = inserted(levels, at, level);
        }

        private static int[] inserted(int[] values, int at, int value) {
            int[] longer = new int[values.length + 1];
            System.arraycopy(values, 0, longer, 0, at);
            longer[at] = value;
            System.arraycopy(values, at, longer, at + 1, values.length - at);
            return longer;
        }
    }
}
