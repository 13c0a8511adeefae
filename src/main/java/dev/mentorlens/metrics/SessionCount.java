package dev.mentorlens.metrics;

import java.time.YearMonth;

/** Sessions of one cohort (null: no match), month and status, with their minutes. */
record SessionCount(String cohort, YearMonth month, String status, long sessions, long minutes) {
}
