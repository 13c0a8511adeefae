package dev.mentorlens.metrics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link LocalDate} per calendar day read from the database: a million employees and two million
 * job events share a few thousand distinct days, and a date object per value was a tenth of the heap.
 */
final class SharedDays {

    /** A bound that calendar days of real data never reach, so the table cannot grow without limit. */
    private static final int MAX_DAYS = 200_000;

    private static final ConcurrentHashMap<LocalDate, LocalDate> DAYS = new ConcurrentHashMap<>();

    private SharedDays() {
    }

    static LocalDate of(Date value) {
        if (value == null) {
            return null;
        }
        LocalDate day = value.toLocalDate();
        if (DAYS.size() >= MAX_DAYS) {
            return day;
        }
        LocalDate shared = DAYS.putIfAbsent(day, day);
        return shared == null ? day : shared;
    }
}
