package dev.mentorlens.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mentorlens.charts.ChartImage;
import dev.mentorlens.charts.DepartmentTie;
import dev.mentorlens.charts.MentoringCharts;
import dev.mentorlens.charts.MonthlyParticipation;
import dev.mentorlens.charts.ProgrammeValue;
import dev.mentorlens.charts.RateWithInterval;
import dev.mentorlens.charts.RoleDistribution;
import dev.mentorlens.charts.SurvivalCurve;
import dev.mentorlens.charts.SurvivalStep;
import dev.mentorlens.charts.ValueFormat;
import dev.mentorlens.report.Details.Arm;
import dev.mentorlens.report.Details.RoleScores;

/** Turns workbook data into the PNG charts of dev.mentorlens.charts, each with the anchor it goes to. */
final class ReportCharts {

    private final MentoringCharts charts = new MentoringCharts();

    List<ChartFile> programme(ProgrammeData data) {
        List<ChartFile> files = new ArrayList<>();
        List<MonthlyParticipation> months = new ArrayList<>();
        for (Map.Entry<YearMonth, Map<String, Double>> month : data.trend().entrySet()) {
            Double held = month.getValue().get("sessions_held");
            Double hours = month.getValue().get("mentoring_hours");
            months.add(new MonthlyParticipation(month.getKey(), held == null ? 0 : held.intValue(),
                    hours == null ? 0 : hours));
        }
        files.add(file("participation_chart", charts.participationTrend(data.name(), months)));

        int k = data.anonymityThreshold();
        List<RoleDistribution> roles = new ArrayList<>();
        for (RoleScores scores : data.details().scores()) {
            String label = scores.role().equals("mentor") ? "Mentors" : "Mentees";
            roles.add(distribution(label, scores.respondents(), scores.counts(), k));
        }
        files.add(file("satisfaction_chart", charts.satisfactionByRole("Satisfaction by role", roles)));

        List<SurvivalCurve> curves = new ArrayList<>();
        List<RateWithInterval> rates = new ArrayList<>();
        for (Arm arm : data.details().arms()) {
            curves.add(curve(arm.name(), arm.subjects(), arm.steps(), arm.followUpDays()));
            rates.add(rate(arm.name(), arm.promotionRate(), arm.promotionCiLow(), arm.promotionCiHigh()));
        }
        files.add(file("retention_chart", charts.retentionCurves("Still employed since enrolment", curves)));
        files.add(file("promotion_chart", charts.promotionRates("Promotions per 100 person-years", rates)));

        files.add(file("ties_chart", ties(data.details().departmentTies())));
        return files;
    }

    /** The comparison workbook's charts: both cohorts' answers, and their mentees' retention and promotions. */
    List<ChartFile> cohorts(ComparisonData data) {
        int k = data.anonymityThreshold();
        List<RoleDistribution> answers = new ArrayList<>();
        List<SurvivalCurve> curves = new ArrayList<>();
        List<RateWithInterval> rates = new ArrayList<>();
        for (ComparisonData.Cohort cohort : data.cohorts()) {
            answers.add(distribution(cohort.name(), cohort.respondents(), cohort.scores(), k));
            curves.add(curve(cohort.name(), cohort.subjects(), cohort.steps(), cohort.followUpDays()));
            rates.add(rate(cohort.name(), cohort.promotionRate(), cohort.promotionCiLow(), cohort.promotionCiHigh()));
        }
        return List.of(
                file("satisfaction_chart", charts.satisfactionByGroup("Satisfaction by cohort",
                        "Share of each score (1 to 5) among the latest answers", answers)),
                file("retention_chart", charts.retentionCurves("Mentees still employed since enrolment", curves)),
                file("promotion_chart", charts.promotionRates("Promotions of mentees per 100 person-years", rates)));
    }

    /** Shares of each score; a suppressed group is drawn without its respondents either. */
    private static RoleDistribution distribution(String label, Integer respondents, List<Integer> counts, int k) {
        if (respondents == null || respondents < k) {
            return RoleDistribution.suppressed(label, 0, k);
        }
        return RoleDistribution.shown(label, respondents, counts.stream().map(c -> (double) c / respondents).toList());
    }

    private static SurvivalCurve curve(String label, int subjects, List<Details.Step> steps, int followUpDays) {
        return new SurvivalCurve(label, subjects, steps.stream()
                .map(s -> new SurvivalStep((int) s.day(), s.survival())).toList(), followUpDays);
    }

    private static RateWithInterval rate(String label, Double rate, Double ciLow, Double ciHigh) {
        return rate == null ? RateWithInterval.noData(label) : RateWithInterval.of(label, rate, ciLow, ciHigh);
    }

    ChartFile ties(String anchor, List<Details.DepartmentTies> ties) {
        return file(anchor, ties(ties));
    }

    ChartFile comparison(String anchor, String title, String label, List<ProgrammeValue> values) {
        return file(anchor, charts.programmeComparison(title, label, values));
    }

    /** Programmes side by side on the 1–5 survey scale. */
    ChartFile scores(String anchor, String title, String label, List<ProgrammeValue> values) {
        return file(anchor, charts.programmeComparison(title, label, values, ValueFormat.SCORE));
    }

    private ChartImage ties(List<Details.DepartmentTies> ties) {
        return charts.crossDepartmentTies("Ties within and across departments", ties.stream()
                .map(t -> new DepartmentTie(t.departmentA(), t.departmentB(), t.ties())).toList());
    }

    private static ChartFile file(String anchor, ChartImage image) {
        return new ChartFile(anchor, image.fileName(), image.png(), image.width(), image.height());
    }
}
