package dev.mentorlens.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mentorlens.charts.ChartImage;
import dev.mentorlens.charts.DepartmentTie;
import dev.mentorlens.charts.FunnelStep;
import dev.mentorlens.charts.MentoringCharts;
import dev.mentorlens.charts.MonthlyParticipation;
import dev.mentorlens.charts.PairStates;
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
    /** Lower charts for the Health sheet, so a chart and its section's table print on one page. */
    private final MentoringCharts lowCharts = new MentoringCharts(MentoringCharts.DEFAULT_WIDTH, 400);
    private final MentoringCharts funnelCharts = new MentoringCharts(MentoringCharts.DEFAULT_WIDTH, 320);

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
        files.add(file("health_chart", lowCharts.pairHealth("How the running pairs stand", pairStates(data))));
        files.add(file("activation_chart", activation(data)));
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

    private static List<PairStates> pairStates(ProgrammeData data) {
        List<PairStates> groups = new ArrayList<>();
        for (String cohort : data.figures().keySet()) {
            String group = ProgrammeData.ALL.equals(cohort) ? "Whole programme" : cohort;
            Double onTrack = Glance.shown(data.figure(cohort, "pairs_on_track"));
            Double tooEarly = Glance.shown(data.figure(cohort, "pairs_too_early"));
            Double checkIn = Glance.shown(data.figure(cohort, "pairs_needs_check_in"));
            Double dormant = Glance.shown(data.figure(cohort, "pairs_dormant"));
            if (onTrack == null || tooEarly == null || checkIn == null || dormant == null) {
                Figure figure = data.figure(cohort, "pairs_on_track");
                groups.add(PairStates.unknown(group, figure != null && figure.suppressed()
                        ? Out.suppressedText(data.anonymityThreshold()) : Verdicts.NO_DATA));
            } else {
                groups.add(PairStates.of(group, onTrack.intValue(), tooEarly.intValue(), checkIn.intValue(),
                        dormant.intValue()));
            }
        }
        return groups;
    }

    /** The whole programme's mentees, those matched and those who met, with the median days between. */
    private ChartImage activation(ProgrammeData data) {
        List<FunnelStep> steps = activationSteps(data);
        Double toMatch = Glance.shown(data.figure(ProgrammeData.ALL, "days_to_match_median"));
        Double toMeet = Glance.shown(data.figure(ProgrammeData.ALL, "days_to_first_meeting_median"));
        String subtitle = toMatch == null ? null : "Median " + days(toMatch) + " from enrolment to a match"
                + (toMeet == null ? "" : ", then " + days(toMeet) + " to the first meeting");
        return funnelCharts.activationFunnel("From enrolment to a first meeting", subtitle, steps);
    }

    /** Enrolled, matched and met, in the words of the programme's format. */
    static List<FunnelStep> activationSteps(ProgrammeData data) {
        Figure rate = data.figure(ProgrammeData.ALL, "activation_rate");
        Integer mentees = rate == null || rate.suppressed() || rate.n() == null ? null : rate.n().intValue();
        List<String> labels = data.details().wording().funnelSteps();
        return List.of(new FunnelStep(labels.get(0), mentees),
                new FunnelStep(labels.get(1), people(data, "mentees_matched")),
                new FunnelStep(labels.get(2), people(data, "mentees_met")));
    }

    private static Integer people(ProgrammeData data, String metric) {
        Double value = Glance.shown(data.figure(ProgrammeData.ALL, metric));
        return value == null ? null : value.intValue();
    }

    private static String days(double days) {
        String number = days == Math.rint(days) ? String.valueOf((long) days) : String.valueOf(days);
        return number + (days == 1 ? " day" : " days");
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
