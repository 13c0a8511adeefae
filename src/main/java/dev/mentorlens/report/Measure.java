package dev.mentorlens.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A metric as an HR reader sees it: a label, a format and one sentence saying what it means. */
record Measure(String metric, String label, Fmt fmt, String meaning) {

    static final List<Measure> ALL = List.of(
            new Measure("enrolled_mentors", "Enrolled mentors", Fmt.COUNT, "People enrolled as mentors at month end."),
            new Measure("enrolled_mentees", "Enrolled mentees", Fmt.COUNT, "People enrolled as mentees at month end."),
            new Measure("active_matches", "Active matches", Fmt.COUNT, "Mentor–mentee pairs running at month end."),
            new Measure("matched_mentees", "Matched mentees", Fmt.COUNT, "Mentees who have a running match."),
            new Measure("match_rate", "Match rate", Fmt.PERCENT, "Share of enrolled mentees who have a match."),
            new Measure("sessions_held", "Sessions held", Fmt.COUNT, "Sessions that took place this month."),
            new Measure("sessions_cancelled", "Sessions cancelled", Fmt.COUNT, "Sessions cancelled this month."),
            new Measure("sessions_no_show", "Sessions missed (no-show)", Fmt.COUNT, "Sessions someone did not attend."),
            new Measure("mentoring_hours", "Mentoring hours", Fmt.DECIMAL, "Hours spent in held sessions."),
            new Measure("session_completion_rate", "Session completion rate", Fmt.PERCENT,
                    "Share of planned sessions that were held."),
            new Measure("active_pairs", "Active pairs", Fmt.COUNT, "Running matches that met this month."),
            new Measure("pair_activity_rate", "Pair activity", Fmt.PERCENT, "Share of running matches that met."),
            new Measure("dormant_pairs", "Dormant pairs", Fmt.COUNT, "Running matches that have gone quiet."),
            new Measure("respondents", "Survey respondents", Fmt.COUNT, "People who answered the survey."),
            new Measure("response_rate", "Response rate", Fmt.PERCENT, "Answers per enrolled person."),
            new Measure("satisfaction_mean", "Satisfaction (1–5)", Fmt.SCORE, "Average satisfaction score."),
            new Measure("satisfaction_mean_mentor", "Satisfaction of mentors (1–5)", Fmt.SCORE, "Mentors' average."),
            new Measure("satisfaction_mean_mentee", "Satisfaction of mentees (1–5)", Fmt.SCORE, "Mentees' average."),
            new Measure("nps", "Net promoter score", Fmt.WHOLE,
                    "Promoters minus detractors, from −100 to +100."),
            new Measure("promotion_rate_mentees", "Promotions of mentees per 100 person-years", Fmt.DECIMAL,
                    "Promotions per 100 person-years."),
            new Measure("promotion_rate_baseline", "Promotions of the baseline per 100 person-years", Fmt.DECIMAL,
                    "Promotions per 100 person-years of people never enrolled."),
            new Measure("promotion_rate_ratio", "Promotion rate ratio", Fmt.DECIMAL,
                    "Promotions of mentees against colleagues never enrolled; only a 95% range wholly above or"
                            + " below 1 shows a clear difference."),
            new Measure("retention_12m_mentees", "Retention after 12 months, mentees", Fmt.PERCENT,
                    "Share of mentees still employed a year after enrolling."),
            new Measure("retention_12m_mentors", "Retention after 12 months, mentors", Fmt.PERCENT,
                    "Share of mentors still employed a year after enrolling."),
            new Measure("retention_12m_baseline", "Retention after 12 months, baseline", Fmt.PERCENT,
                    "The same for people never enrolled."),
            new Measure("retention_logrank_p", "Retention difference (log-rank p)", Fmt.PVALUE,
                    "Below 0.05: retention of mentees and baseline differs beyond chance."),
            new Measure("voluntary_attrition_rate", "Voluntary leavers per 100 person-years", Fmt.DECIMAL,
                    "Mentees who resigned, per 100 person-years."),
            new Measure("network_people", "People in the network", Fmt.COUNT, "People linked by a match or session."),
            new Measure("network_ties", "Ties", Fmt.COUNT, "Distinct person-to-person links."),
            new Measure("departments_reached", "Departments reached", Fmt.COUNT, "Departments of those people."),
            new Measure("cross_department_tie_share", "Ties across departments", Fmt.PERCENT,
                    "Share of links that join two departments."),
            new Measure("components", "Separate groups", Fmt.COUNT, "Groups of people with no link between them."),
            new Measure("largest_component_share", "Largest group", Fmt.PERCENT,
                    "Share of people in the largest connected group."),
            new Measure("avg_two_hop_reach", "Reach within two steps", Fmt.DECIMAL,
                    "Average number of people a person reaches through one intermediary."),
            new Measure("satisfaction_mannwhitney_p", "Satisfaction difference (Mann–Whitney p)", Fmt.PVALUE,
                    "Below 0.05: the cohorts' satisfaction differs beyond chance."));

    private static final Map<String, Measure> BY_METRIC = ALL.stream()
            .collect(Collectors.toMap(Measure::metric, Function.identity()));

    static Measure of(String metric) {
        Measure measure = BY_METRIC.get(metric);
        return measure != null ? measure : new Measure(metric, metric, Fmt.DECIMAL, "");
    }

    static final List<String> NETWORK = List.of("network_people", "network_ties", "departments_reached",
            "cross_department_tie_share", "components", "largest_component_share", "avg_two_hop_reach");
}
