package dev.mentorlens.metrics;

import java.time.YearMonth;

/** A participation metric of one month of the 12 that end at the reporting period. */
record TrendValue(String cohort, YearMonth month, String metric, Double value, Long n) {
}
