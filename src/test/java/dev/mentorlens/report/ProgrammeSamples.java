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
                        new Person("Finance", 4, "BOSS" + i), new Person("=Sales", 2, null)));
            }
        };
        Details details = new Details("=Career mentoring", 5, 10, true,
                List.of(new Arm("Mentees", 40, 700, 30.0, 15.5, 52.4, List.of()),
                        new Arm("Baseline", 0, 0, null, null, null, List.of())),
                List.of(new RoleScores("mentor", 12, List.of(0, 1, 2, 4, 5)), new RoleScores("mentee", null, List.of())),
                List.of(new Comment("ALL", FORMULA), new Comment("ALL", "+1 great"), new Comment("ALL", "@mention"),
                        new Comment("ALL", "-minus"), new Comment("tiny", SECRET)),
                List.of());
        return new ProgrammeData("career", "=Career mentoring", "2026-10", 5, 10, figures,
                Map.of("sessions_held", new Figure(18.0, null, null, null, false)), trend, dormantPairs, dormant,
                List.of(new BridgeRow(1, "E7", 0.4321, new Person("Legal", 6, "E1"))), details,
                List.of(new SourceCounts("sessions", 100, 95, 4, 1, 2)), "rejects");
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
        return figures;
    }
}
