package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.mentorlens.metrics.LatestResponses.AttributedResponse;
import dev.mentorlens.stats.KaplanMeier;
import dev.mentorlens.stats.PoissonRate;

/**
 * What the workbook of a programme shows beyond its metrics, computed with them so that the report
 * step only reads stored results: the Kaplan–Meier curve and promotion rate of the mentees and of the
 * baseline, the satisfaction score distribution per role, and the department ties and sampled-betweenness
 * flag of its network. Suppression is applied here: a suppressed role carries neither respondents nor
 * counts, so none is ever stored.
 */
record ReportDetails(List<Arm> arms, List<RoleScores> scores, List<DepartmentTies> departmentTies,
        boolean bridgesEstimated, List<MetricRow> naiveImpact) {

    /** The same details with the naive counterparts of the matched-impact rows, per group. */
    ReportDetails withNaiveImpact(List<MetricRow> rows) {
        return new ReportDetails(arms, scores, departmentTies, bridgesEstimated, List.copyOf(rows));
    }

    /** One arm of the whole programme: its Kaplan–Meier steps and longest follow-up, and its promotions. */
    record Arm(String name, int subjects, List<KaplanMeier.Step> steps, int followUpDays, PoissonRate promotions) {
    }

    /** Latest answers 1..5 of one role; {@code respondents} is null and {@code counts} empty when suppressed. */
    record RoleScores(String role, Integer respondents, List<Integer> counts) {

        boolean suppressed() {
            return respondents == null;
        }
    }

    static ReportDetails of(Programme programme, List<MetricRow> rows, List<AttributedResponse> responses,
            NetworkMetrics network, LocalDate d, Workforce workforce, Set<String> enrolledByD, int k) {
        ProgressionMetrics.Arms arms = ProgressionMetrics.arms(programme.enrolmentsOf(Groups.ALL), d, workforce,
                enrolledByD);
        List<RoleScores> scores = new ArrayList<>();
        for (String role : List.of(Enrolment.MENTOR, Enrolment.MENTEE)) {
            scores.add(scores(rows, responses, role, k));
        }
        return new ReportDetails(List.of(arm("Mentees", arms.mentees()), arm("Baseline", arms.baseline())), scores,
                network.departmentTies(), network.bridgesEstimated(), List.of());
    }

    static Arm arm(String name, List<FollowUp> people) {
        KaplanMeier km = KaplanMeier.estimate(FollowUp.times(people));
        return new Arm(name, people.size(), km.steps(), (int) km.longestTime().orElse(0),
                PoissonRate.of(FollowUp.promotions(people), FollowUp.personYears(people)));
    }

    /** Counts per score of the role's latest answers in the programme; none when the role's mean is hidden. */
    private static RoleScores scores(List<MetricRow> rows, List<AttributedResponse> responses, String role, int k) {
        String metric = role.equals(Enrolment.MENTOR) ? MetricNames.SATISFACTION_MEAN_MENTOR
                : MetricNames.SATISFACTION_MEAN_MENTEE;
        boolean hidden = rows.stream().anyMatch(r -> Groups.isAll(r.cohort()) && r.metric().equals(metric)
                && r.suppressed());
        List<Response> answers = responses.stream().map(AttributedResponse::response)
                .filter(r -> r.role().equals(role)).toList();
        if (hidden || answers.size() < k) {
            return new RoleScores(role, null, List.of());
        }
        Integer[] counts = {0, 0, 0, 0, 0};
        answers.forEach(r -> counts[r.satisfaction() - 1]++);
        return new RoleScores(role, answers.size(), List.of(counts));
    }
}
