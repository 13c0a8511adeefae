package dev.mentorlens.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import dev.mentorlens.ingest.SourceCounts;
import dev.mentorlens.report.Details.Arm;
import dev.mentorlens.report.Details.Comment;
import dev.mentorlens.report.Details.RoleScores;
import dev.mentorlens.report.ReportRepository.BridgeRow;
import dev.mentorlens.report.ReportRepository.DormantRow;
import dev.mentorlens.report.ReportRepository.Person;

/** Hand-made programme data: cohort "big" shows its comments, cohort "tiny" is suppressed. */
final class ProgrammeSamples {

    static final String SECRET = "secret comment of a tiny cohort";
    static final String FORMULA = "=HYPERLINK(\"http://evil\",\"click\")";

    private ProgrammeSamples() {
    }

    static ProgrammeData programme(long dormantPairs) {
        Map<String, Map<String, Figure>> figures = new LinkedHashMap<>();
        figures.put("ALL", cohort(40, 4.1));
        figures.get("ALL").put("dormant_pairs", new Figure((double) dormantPairs, null, null, null, false));
        figures.put("big", cohort(30, 4.3));
        Map<String, Figure> tiny = cohort(3, 2.0);
        for (String metric : List.of("respondents", "response_rate", "satisfaction_mean", "satisfaction_mean_mentor",
                "satisfaction_mean_mentee", "nps")) {
            tiny.put(metric, new Figure(null, null, null, null, true));
        }
        tiny.put("goal_attainment_rate", new Figure(null, null, null, null, true));
        figures.put("tiny", tiny);
        Map<YearMonth, Map<String, Double>> trend = new TreeMap<>();
        for (int i = 11; i >= 0; i--) {
            trend.put(YearMonth.of(2026, 10).minusMonths(i), Map.of("sessions_held", 20.0 + i,
                    "mentoring_hours", 15.5 + i, "match_rate", 0.8, "enrolled_mentees", 50.0));
        }
        Consumer<Consumer<DormantRow>> dormant = sink -> {
            for (long i = 0; i < dormantPairs; i++) {
                sink.accept(new DormantRow("M" + i, "big", "E" + i, "-E" + (i + 1),
                        i % 3 == 0 ? null : LocalDate.of(2026, 6, 1).plusDays(i % 90), LocalDate.of(2026, 1, 1),
                        new Person("Finance", 4, "BOSS" + i), new Person("=Sales", 2, null), i != 1));
            }
        };
        Details details = new Details("=Career mentoring", 5, 10, true,
                List.of(new Arm("Mentees", 40, 700, 30.0, 15.5, 52.4, List.of()),
                        new Arm("Baseline", 0, 0, null, null, null, List.of())),
                List.of(new RoleScores("mentor", 12, List.of(0, 1, 2, 4, 5)), new RoleScores("mentee", null, List.of())),
                List.of(new Comment("ALL", FORMULA), new Comment("ALL", "+1 great"), new Comment("ALL", "@mention"),
                        new Comment("ALL", "-minus"), new Comment("tiny", SECRET)),
                List.of(), Map.of("ALL", Map.of("matched_retention_12m_diff", new Figure(0.13, 9L, -0.2, 0.46, false),
                        "matched_promotion_12m_diff", new Figure(-0.05, 9L, -0.3, 0.2, false))),
                breakdowns());
        return new ProgrammeData("career", "=Career mentoring", "2026-10", 5, 10, figures,
                Map.of("sessions_held", new Figure(18.0, null, null, null, false)), trend, dormantPairs, dormant,
                List.of(new BridgeRow(1, "E7", 0.4321, new Person("Legal", 6, "E1"))), details,
                List.of(new SourceCounts("sessions", 100, 95, 4, 1, 2)), "rejects");
    }

    /** gender: "man" suppressed throughout, "woman" shown but for its satisfaction; "=x" a formula-like value. */
    static List<Details.Breakdown> breakdowns() {
        Figure hidden = new Figure(null, null, null, null, true);
        List<Details.Breakdown> rows = new java.util.ArrayList<>();
        for (String metric : List.of("mentees", "matched_share", "activation_rate", "satisfaction_mean",
                "retention_12m_mentees", "promotion_rate_mentees")) {
            rows.add(new Details.Breakdown("gender", "man", metric, hidden));
        }
        rows.add(new Details.Breakdown("gender", "woman", "mentees", new Figure(20.0, 20L, null, null, false)));
        rows.add(new Details.Breakdown("gender", "woman", "matched_share", new Figure(1.0, 20L, null, null, false)));
        rows.add(new Details.Breakdown("gender", "woman", "activation_rate", new Figure(0.95, 20L, null, null, false)));
        rows.add(new Details.Breakdown("gender", "woman", "satisfaction_mean", hidden));
        rows.add(new Details.Breakdown("gender", "woman", "retention_12m_mentees",
                new Figure(0.95, 20L, null, null, false)));
        rows.add(new Details.Breakdown("gender", "woman", "promotion_rate_mentees",
                new Figure(40.988666, 20L, null, null, false)));
        rows.add(new Details.Breakdown("generation", "=x", "mentees", new Figure(34.0, 34L, null, null, false)));
        rows.add(new Details.Breakdown("generation", "=x", "satisfaction_mean",
                new Figure(4.142857, 7L, 3.793298, 4.492416, false)));
        return rows;
    }

    private static Figure count(double value) {
        return new Figure(value, null, null, null, false);
    }

    private static Map<String, Figure> cohort(int respondents, double mean) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("enrolled_mentees", new Figure(50.0, null, null, null, false));
        figures.put("match_rate", new Figure(0.8, 50L, null, null, false));
        figures.put("sessions_held", new Figure(21.0, null, null, null, false));
        figures.put("respondents", new Figure((double) respondents, null, null, null, false));
        figures.put("satisfaction_mean", new Figure(mean, (long) respondents, mean - 0.3, mean + 0.3, false));
        figures.put("promotion_rate_ratio", new Figure(1.25, 400L, 0.812, 1.934, false));
        figures.put("retention_logrank_p", new Figure(0.04567, 400L, null, null, false));
        figures.put("network_people", new Figure(80.0, null, null, null, false));
        figures.put("active_matches", count(16));
        figures.put("pairs_on_track", count(10));
        figures.put("pairs_too_early", count(0));
        figures.put("pairs_needs_check_in", count(2));
        figures.put("pairs_dormant", count(4));
        figures.put("pairs_never_met", count(2));
        figures.put("on_track_share", new Figure(0.625, 16L, null, null, false));
        figures.put("mentees_matched", count(38));
        figures.put("mentees_met", count(36));
        figures.put("activation_rate", new Figure(0.9, 40L, null, null, false));
        figures.put("days_to_match_median", new Figure(14.0, 38L, null, null, false));
        figures.put("days_to_first_meeting_median", new Figure(72.5, 36L, null, null, false));
        figures.put("mentors_active", count(14));
        figures.put("mentees_per_mentor_mean", new Figure(1.142857, 14L, null, null, false));
        figures.put("mentees_per_mentor_max", count(2));
        figures.put("mentors_over_capacity", new Figure(null, null, null, null, false));
        figures.put("goals_set", count(74));
        figures.put("goals_achieved", count(29));
        figures.put("goal_attainment_rate", new Figure(0.391892, 74L, null, null, false));
        figures.put("goals_overdue", count(39));
        figures.put("days_to_goal_median", new Figure(106.0, 29L, null, null, false));
        figures.put("mentees_with_controls", count(9));
        figures.put("matched_retention_12m_diff", new Figure(0.111111, 9L, -0.350801, 0.573023, false));
        figures.put("matched_promotion_12m_diff", new Figure(-0.148148, 9L, -0.407905, 0.111609, false));
        return figures;
    }
}
