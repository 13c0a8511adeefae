package dev.mentorlens.report;

import java.util.Map;

/**
 * The comparison of two cohorts as the compare step stored it: the figures of A, of B, and the three
 * tests; {@code anonymityThreshold} is the k the values were suppressed with.
 */
record ComparisonData(String programmeId, String programmeName, String period, String cohortA, String cohortB,
        int anonymityThreshold, Map<String, Figure> a, Map<String, Figure> b, Map<String, Figure> tests) {
}
