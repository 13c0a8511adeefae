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
import dev.mentorlens.metrics.ReportDetails;
import dev.mentorlens.metrics.ReportDetails.RoleScores;
import dev.mentorlens.metrics.ReportDetails.SurvivalArm;
import dev.mentorlens.stats.PoissonRate;

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
        for (SurvivalArm arm : data.details().survival()) {
            curves.add(new SurvivalCurve(arm.arm(), arm.subjects(), arm.steps().stream()
                    .map(s -> new SurvivalStep((int) s.time(), s.survival())).toList(), arm.followUpDays()));
        }
        files.add(file("retention_chart", charts.retentionCurves("Still employed since enrolment", curves)));

        List<RateWithInterval> rates = new ArrayList<>();
        for (ReportDetails.PromotionRate promotion : data.details().promotions()) {
            rates.add(rate(promotion));
        }
        files.add(file("promotion_chart", charts.promotionRates("Promotions per 100 person-years", rates)));

        files.add(file("ties_chart", ties(data.details().departmentTies())));
        return files;
    }

    ChartFile ties(String anchor, List<ReportDetails.DepartmentTies> ties) {
        return file(anchor, ties(ties));
    }

    ChartFile comparison(String anchor, String title, String label, List<ProgrammeValue> values) {
        return file(anchor, charts.programmeComparison(title, label, values));
    }

    private ChartImage ties(List<ReportDetails.DepartmentTies> ties) {
        return charts.crossDepartmentTies("Ties within and across departments", ties.stream()
                .map(t -> new DepartmentTie(t.departmentA(), t.departmentB(), t.ties())).toList());
    }

    private static RateWithInterval rate(ReportDetails.PromotionRate promotion) {
        PoissonRate rate = promotion.rate();
        return rate.rate().isEmpty() ? RateWithInterval.noData(promotion.arm())
                : RateWithInterval.of(promotion.arm(), rate.rate().getAsDouble(), rate.ciLow().getAsDouble(),
                        rate.ciHigh().getAsDouble());
    }

    private static ChartFile file(String anchor, ChartImage image) {
        return new ChartFile(anchor, image.fileName(), image.png(), image.width(), image.height());
    }
}
