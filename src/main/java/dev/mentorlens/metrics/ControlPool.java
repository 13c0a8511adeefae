package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.metrics.MatchedImpactMetrics.Stratum;

/**
 * The possible controls of the matched impact metrics, as parallel arrays. Every enrolment date's
 * strata are counted over the whole baseline (hundreds of thousands of people, once per date), so
 * each person is a position in a few arrays read in order rather than objects reached by pointer:
 * a pass then costs what reading the arrays costs, not a cache miss per person.
 */
final class ControlPool {

    /** How many controls a stratum has, and how many of them stayed and were promoted in the year. */
    static final class Outcomes {
        long people;
        long retained;
        long promoted;
    }

    private static final long NO_TERMINATION = Long.MAX_VALUE;
    private static final int TENURE_BANDS = 5;

    private final String[] departmentNames;
    private final int[] department;
    /**
     * Levels are kept as small numbers from 1 in the order first seen, 0 for no level, so that a stratum
     * key is a small number: {@code levels.get(code)} is the level.
     */
    private final List<Integer> levels = new ArrayList<>();
    private final Map<Integer, Integer> levelCodes = new HashMap<>();
    private final long[] hireDay;
    private final long[] terminationDay;
    /**
     * The dated levels of person i are at {@code [levelFrom[i], levelFrom[i + 1])} of the two arrays after
     * it: the days, and the levels as codes.
     */
    private final int[] levelFrom;
    private final int[] levelDays;
    private final int[] levelValues;
    private final int[] currentLevel;
    /** The promotions of person i are at {@code [promotionFrom[i], promotionFrom[i + 1])}. */
    private final int[] promotionFrom;
    private final long[] promotionDays;

    ControlPool(List<Employee> controls, JobLevels jobLevels) {
        int n = controls.size();
        Map<String, Integer> departmentIndex = new HashMap<>();
        department = new int[n];
        hireDay = new long[n];
        terminationDay = new long[n];
        levelFrom = new int[n + 1];
        currentLevel = new int[n];
        levels.add(null);
        promotionFrom = new int[n + 1];
        int levelCount = 0;
        int promotionCount = 0;
        for (Employee e : controls) {
            levelCount += jobLevels.timeline(e.employeeId()).days().length;
            promotionCount += e.promotions().size();
        }
        levelDays = new int[levelCount];
        levelValues = new int[levelCount];
        promotionDays = new long[promotionCount];
        int level = 0;
        int promotion = 0;
        for (int i = 0; i < n; i++) {
            Employee e = controls.get(i);
            department[i] = departmentIndex.computeIfAbsent(e.department(), name -> departmentIndex.size());
            hireDay[i] = e.hireDate().toEpochDay();
            terminationDay[i] = e.terminationDate() == null ? NO_TERMINATION : e.terminationDate().toEpochDay();
            JobLevels.Timeline timeline = jobLevels.timeline(e.employeeId());
            System.arraycopy(timeline.days(), 0, levelDays, level, timeline.days().length);
            for (int value : timeline.levels()) {
                levelValues[level++] = code(value);
            }
            levelFrom[i + 1] = level;
            currentLevel[i] = timeline.current() == null ? 0 : code(timeline.current());
            for (LocalDate p : e.promotions()) {
                promotionDays[promotion++] = p.toEpochDay();
            }
            promotionFrom[i + 1] = promotion;
        }
        departmentNames = new String[departmentIndex.size()];
        departmentIndex.forEach((name, index) -> departmentNames[index] = name);
    }

    /** The controls employed on {@code day}, counted by their stratum on that day, with their outcomes a year on. */
    Map<Stratum, Outcomes> strata(long day, long followUpDays) {
        long end = day + followUpDays;
        Map<Long, Outcomes> byKey = new HashMap<>();
        Map<Stratum, Outcomes> strata = new HashMap<>();
        for (int i = 0; i < department.length; i++) {
            if (hireDay[i] > day || terminationDay[i] <= day) {
                continue;
            }
            int level = levelAt(i, day);
            int band = MatchedImpactMetrics.tenureBand(day - hireDay[i]);
            int person = i;
            Outcomes o = byKey.computeIfAbsent(key(department[i], level, band), key -> {
                Outcomes created = new Outcomes();
                strata.put(new Stratum(departmentNames[department[person]], levels.get(level), band), created);
                return created;
            });
            o.people++;
            o.retained += terminationDay[i] > end ? 1 : 0;
            o.promoted += promotedIn(i, day, end) ? 1 : 0;
        }
        return strata;
    }

    private int code(int level) {
        return levelCodes.computeIfAbsent(level, value -> {
            levels.add(value);
            return levels.size() - 1;
        });
    }

    /** Department, level code and band numbered densely, so that keys hash well and never collide. */
    private long key(int department, int levelCode, int band) {
        return ((long) department * levels.size() + levelCode) * TENURE_BANDS + band;
    }

    /** The code of the latest dated level on or before {@code day}, else of the current level. */
    private int levelAt(int person, long day) {
        int from = levelFrom[person];
        int to = levelFrom[person + 1];
        if (from == to) {
            return currentLevel[person];
        }
        int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
        int found = Arrays.binarySearch(levelDays, from, to, clamped);
        int latest = found >= 0 ? found : -found - 2;
        return latest >= from ? levelValues[latest] : currentLevel[person];
    }

    /** At least one promotion dated in {@code (from, to]}. */
    private boolean promotedIn(int person, long from, long to) {
        for (int p = promotionFrom[person]; p < promotionFrom[person + 1]; p++) {
            if (promotionDays[p] > from && promotionDays[p] <= to) {
                return true;
            }
        }
        return false;
    }
}
