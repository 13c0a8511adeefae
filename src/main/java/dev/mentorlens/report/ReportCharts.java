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
            if (scores.suppressed() || scores.respondents() < k) {
                // the respondents of a suppressed role are not drawn either
                roles.add(RoleDistribution.suppressed(label, 0, k));
            } else {
                roles.add(RoleDistribution.shown(label, scores.respondents(),
                        scores.counts().stream().map(c -> (double) c / scores.respondents()).toList()));
            }
        }
        files.add(file("satisfaction_chart", charts.satisfactionByRole("Satisfaction by role", roles)));

        List<SurvivalCurve> curves = new ArrayList<>();
        List<RateWithInterval> rates = new ArrayList<>();
        for (Arm arm : data.details().arms()) {
            curves.add(new SurvivalCurve(arm.name(), arm.subjects(), arm.steps().stream()
                    .map(s -> new SurvivalStep((int) s.day(), s.survival())).toList(), arm.followUpDays()));
            rates.add(arm.promotionRate() == null ? RateWithInterval.noData(arm.name())
                    : RateWithInterval.of(arm.name(), arm.promotionRate(), arm.promotionCiLow(), arm.promotionCiHigh()));
        }
        files.add(file("retention_chart", charts.retentionCurves("Still employed since enrolment", curves)));
        files.add(file("promotion_chart", charts.promotionRates("Promotions per 100 person-years", rates)));

        files.add(file("ties_chart", ties(data.details().departmentTies())));
        return files;
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
