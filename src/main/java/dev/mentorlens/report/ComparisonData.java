package dev.mentorlens.report;

import java.util.List;
import java.util.Map;

/**
 * The comparison of two cohorts as the compare step stored it: the figures of A, of B, the three tests,
 * and what the charts draw of each cohort; {@code anonymityThreshold} is the k the values were suppressed
 * with.
 *
 * @param cohorts cohort A then cohort B; empty for a comparison stored before the charts were kept
 * @param format the programme's format (programmes.csv), whose words the measures take; null: pair words
 */
record ComparisonData(String programmeId, String programmeName, String period, String cohortA, String cohortB,
        int anonymityThreshold, Map<String, Figure> a, Map<String, Figure> b, Map<String, Figure> tests,
        List<Cohort> cohorts, String format) {

    ComparisonData(String programmeId, String programmeName, String period, String cohortA, String cohortB,
            int anonymityThreshold, Map<String, Figure> a, Map<String, Figure> b, Map<String, Figure> tests,
            List<Cohort> cohorts) {
        this(programmeId, programmeName, period, cohortA, cohortB, anonymityThreshold, a, b, tests, cohorts, null);
    }

    /**
     * One cohort's mentees (followed from their own enrolment: Kaplan–Meier steps, promotions per 100
     * person-years with the exact 95% range) and the counts of its latest answers 1..5; {@code respondents}
     * is null and {@code scores} empty when suppressed.
     */
    record Cohort(String name, int subjects, int followUpDays, double personYears, Double promotionRate,
            Double promotionCiLow, Double promotionCiHigh, List<Details.Step> steps, Integer respondents,
            List<Integer> scores) {

        boolean suppressed() {
            return respondents == null;
        }
    }

    /** The stored details of a cohort by name, or null when none were stored. */
    Cohort cohort(String name) {
        return cohorts.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
