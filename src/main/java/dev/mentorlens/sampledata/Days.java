package dev.mentorlens.sampledata;

import java.time.LocalDate;

/** Dates as epoch days, so per-employee state fits in int arrays. */
final class Days {

    static final int NONE = Integer.MAX_VALUE;
    static final int FIRST_SESSION_DAY = of(2025, 1, 1);
    static final int LAST_DAY = of(2026, 10, 31);

    private Days() {
    }

    static int of(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    static LocalDate date(int day) {
        return LocalDate.ofEpochDay(day);
    }

    static String iso(int day) {
        return day == NONE ? "" : date(day).toString();
    }
}
