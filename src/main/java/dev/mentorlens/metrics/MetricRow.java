package dev.mentorlens.metrics;

/**
 * One line of {@code metrics.csv}. Absent numbers are {@code null}.
 *
 * @param n the subjects behind a rate or mean; {@code null} for counts
 */
record MetricRow(String period, String programmeId, String cohort, String metric, Double value, Long n,
        Double ciLow, Double ciHigh, boolean suppressed) {

    static MetricRow count(String period, String programmeId, String cohort, String metric, double value) {
        return new MetricRow(period, programmeId, cohort, metric, value, null, null, null, false);
    }

    static MetricRow of(String period, String programmeId, String cohort, String metric, Double value, long n) {
        return new MetricRow(period, programmeId, cohort, metric, value, n, null, null, false);
    }

    static MetricRow hidden(String period, String programmeId, String cohort, String metric) {
        return new MetricRow(period, programmeId, cohort, metric, null, null, null, null, true);
    }

    MetricRow withCohort(String newCohort) {
        return new MetricRow(period, programmeId, newCohort, metric, value, n, ciLow, ciHigh, suppressed);
    }
}
