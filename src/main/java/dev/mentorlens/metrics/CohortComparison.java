package dev.mentorlens.metrics;

import static dev.mentorlens.metrics.MetricNames.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.ingest.InputFileException;
import dev.mentorlens.stats.MannWhitneyU;
import dev.mentorlens.stats.RateRatio;

/**
 * Cohort A against cohort B of a programme: their metrics.csv rows, then Mann–Whitney on the
 * latest satisfaction per respondent (suppressed when either side is below k or either cohort's
 * respondents are suppressed), log-rank and the promotion rate ratio of their mentees, each
 * followed from their own enrolment.
 */
final class CohortComparison {

    private CohortComparison() {
    }

    /**
     * What the comparison workbook draws of one cohort: the survival and promotions of its mentees, each
     * followed from their own enrolment, and the count of each satisfaction score of its latest answers;
     * {@code respondents} is null and {@code scores} empty when its respondents or mean are suppressed.
     */
    record CohortDetails(ReportDetails.Arm mentees, Integer respondents, List<Integer> scores) {
    }

    static String label(String cohortA, String cohortB) {
        return cohortA + "-vs-" + cohortB;
    }

    /** A hidden cohort's respondent count must not come back as the Mann–Whitney n. */
    private static boolean respondentsSuppressed(List<MetricRow> cohortRows) {
        return cohortRows.stream().anyMatch(r -> r.metric().equals(RESPONDENTS) && r.suppressed());
    }

    static List<MetricRow> rows(ProgrammeReport report, String cohortA, String cohortB, LocalDate d, int k,
            Workforce workforce) {
        Programme programme = report.programme();
        for (String cohort : List.of(cohortA, cohortB)) {
            if (!programme.cohorts().contains(cohort)) {
                throw new InputFileException("Cohort '" + cohort + "' is not a cohort of programme '"
                        + programme.programmeId() + "'; its cohorts are " + programme.cohorts() + ".");
            }
        }
        String period = report.rows().get(0).period();
        String id = programme.programmeId();
        String label = label(cohortA, cohortB);
        List<MetricRow> rows = new ArrayList<>(report.rowsOf(cohortA));
        rows.addAll(report.rowsOf(cohortB));

        double[] satisfactionA = SatisfactionMetrics.satisfactionOf(report.responses(), cohortA);
        double[] satisfactionB = SatisfactionMetrics.satisfactionOf(report.responses(), cohortB);
        if (satisfactionA.length < k || satisfactionB.length < k || respondentsSuppressed(rows)) {
            rows.add(MetricRow.hidden(period, id, label, SATISFACTION_MANNWHITNEY_P));
        } else {
            rows.add(MetricRow.of(period, id, label, SATISFACTION_MANNWHITNEY_P,
                    MannWhitneyU.test(satisfactionA, satisfactionB).map(MannWhitneyU::pValue).orElse(null),
                    satisfactionA.length + satisfactionB.length));
        }

        List<FollowUp> menteesA = mentees(programme, cohortA, d, workforce);
        List<FollowUp> menteesB = mentees(programme, cohortB, d, workforce);
        long both = menteesA.size() + menteesB.size();
        rows.add(MetricRow.of(period, id, label, RETENTION_LOGRANK_P, ProgressionMetrics.logRankP(menteesA, menteesB),
                both));
        RateRatio ratio = RateRatio.of(FollowUp.promotions(menteesA), FollowUp.personYears(menteesA),
                FollowUp.promotions(menteesB), FollowUp.personYears(menteesB));
        rows.add(new MetricRow(period, id, label, PROMOTION_RATE_RATIO, Numbers.orNull(ratio.ratio()), both,
                Numbers.orNull(ratio.ciLow()), Numbers.orNull(ratio.ciHigh()), false));
        return rows;
    }

    /** Cohort A's details, then cohort B's (call after {@link #rows}, which checks the cohorts). */
    static List<CohortDetails> details(ProgrammeReport report, String cohortA, String cohortB, LocalDate d, int k,
            Workforce workforce) {
        List<CohortDetails> details = new ArrayList<>();
        for (String cohort : List.of(cohortA, cohortB)) {
            ReportDetails.Arm mentees = ReportDetails.arm(cohort, mentees(report.programme(), cohort, d, workforce));
            boolean hidden = report.rowsOf(cohort).stream().anyMatch(r -> r.suppressed()
                    && (r.metric().equals(RESPONDENTS) || r.metric().equals(SATISFACTION_MEAN)));
            double[] answers = SatisfactionMetrics.satisfactionOf(report.responses(), cohort);
            if (hidden || answers.length < k) {
                details.add(new CohortDetails(mentees, null, List.of()));
                continue;
            }
            Integer[] counts = {0, 0, 0, 0, 0};
            for (double answer : answers) {
                counts[(int) answer - 1]++;
            }
            details.add(new CohortDetails(mentees, answers.length, List.of(counts)));
        }
        return details;
    }

    private static List<FollowUp> mentees(Programme programme, String cohort, LocalDate d, Workforce workforce) {
        return ProgressionMetrics.enrolled(programme.enrolmentsOf(cohort), Enrolment.MENTEE, d, workforce);
    }
}
