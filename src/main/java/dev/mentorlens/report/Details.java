package dev.mentorlens.report;

import java.util.List;
import java.util.Map;

/**
 * What a workbook shows beyond the metric values, as the metrics step stored it (tables of
 * V4__report_data.sql); for the organisation (programme ALL) only the department ties and the flag.
 *
 * @param anonymityThreshold the k the values were suppressed with, shown in "suppressed (n &lt; k)"
 * @param commentThreshold respondents a group needed for its comments to be shown
 * @param arms Mentees then Baseline of the whole programme: Kaplan–Meier steps and promotion rates
 * @param scores per role the counts of answers 1..5; suppressed roles come without respondents or counts
 * @param comments the comments as published, per group
 * @param format the programme's format (programmes.csv), null for the organisation or when not stored
 * @param naiveImpact per group, the naive counterparts of the matched-impact figures, by the metric they sit
 *                    next to: the same mentees against every colleague never enrolled
 * @param breakdowns the rows of breakdowns.csv in its order; empty when the run set no breakdowns
 */
record Details(String name, int anonymityThreshold, int commentThreshold, boolean bridgesEstimated, List<Arm> arms,
        List<RoleScores> scores, List<Comment> comments, List<DepartmentTies> departmentTies, String format,
        Map<String, Map<String, Figure>> naiveImpact, List<Breakdown> breakdowns) {

    /** Details of a programme whose format is not known (stored before it was kept): pair wording. */
    Details(String name, int anonymityThreshold, int commentThreshold, boolean bridgesEstimated, List<Arm> arms,
            List<RoleScores> scores, List<Comment> comments, List<DepartmentTies> departmentTies) {
        this(name, anonymityThreshold, commentThreshold, bridgesEstimated, arms, scores, comments, departmentTies,
                null);
    }

    Details(String name, int anonymityThreshold, int commentThreshold, boolean bridgesEstimated, List<Arm> arms,
            List<RoleScores> scores, List<Comment> comments, List<DepartmentTies> departmentTies, String format) {
        this(name, anonymityThreshold, commentThreshold, bridgesEstimated, arms, scores, comments, departmentTies,
                format, Map.of(), List.of());
    }

    Details(String name, int anonymityThreshold, int commentThreshold, boolean bridgesEstimated, List<Arm> arms,
            List<RoleScores> scores, List<Comment> comments, List<DepartmentTies> departmentTies,
            Map<String, Map<String, Figure>> naiveImpact, List<Breakdown> breakdowns) {
        this(name, anonymityThreshold, commentThreshold, bridgesEstimated, arms, scores, comments, departmentTies,
                null, naiveImpact, breakdowns);
    }

    /** The words of the programme's format. */
    ProgrammeFormat wording() {
        return ProgrammeFormat.of(format);
    }

    /** A row of breakdowns.csv as published: a metric over the mentees with one value of an attribute. */
    record Breakdown(String attribute, String value, String metric, Figure figure) {
    }

    /** The naive counterpart of a matched-impact figure of a group, null when none is stored. */
    Figure naive(String cohort, String metric) {
        return naiveImpact.getOrDefault(cohort, Map.of()).get(metric);
    }

    /** One arm: its Kaplan–Meier steps and longest follow-up, and promotions per 100 person-years with their range. */
    record Arm(String name, int subjects, int followUpDays, Double promotionRate, Double promotionCiLow,
            Double promotionCiHigh, List<Step> steps) {
    }

    /** A Kaplan–Meier step: follow-up time in days and the survival estimate after it. */
    record Step(double day, double survival) {
    }

    /** Answers 1..5 of a role; {@code respondents} is null and {@code counts} empty when suppressed. */
    record RoleScores(String role, Integer respondents, List<Integer> counts) {

        boolean suppressed() {
            return respondents == null;
        }
    }

    record Comment(String cohort, String text) {
    }

    record DepartmentTies(String departmentA, String departmentB, int ties) {
    }
}
