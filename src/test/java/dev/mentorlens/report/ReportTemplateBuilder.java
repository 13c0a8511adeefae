package dev.mentorlens.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Draws the three report templates into {@code report-templates/}. Run once when the layout changes
 * (the committed .xlsx files are what the renderer loads, and HR may restyle them afterwards):
 * {@code java -cp <test classpath> dev.mentorlens.report.ReportTemplateBuilder report-templates}.
 */
final class ReportTemplateBuilder {

    private ReportTemplateBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "report-templates");
        programme(folder.resolve("programme.xlsx"));
        organisation(folder.resolve("organisation.xlsx"));
        comparison(folder.resolve("comparison.xlsx"));
    }

    static void programme(Path file) throws IOException {
        new TemplateSketch()
                .sheet("Summary", "Mentoring programme report", 34, 14, 14, 12, 8, 70)
                .field(1, "Programme", "programme_name").field(2, "Month", "report_period")
                .caption(3, "The key numbers of the month next to last month's. ▲ went up, ▼ went down, ▶ unchanged"
                        + " (up is not always good: read the measure).")
                .caption(4, "A blank cell means there is no data to compute it; \"suppressed (n < k)\" means too few"
                        + " people answered to show it without risking their anonymity.")
                .table(6, "summary_table", "Measure", "This month", "Last month", "Change", "Trend", "What it means")
                .sheet("Participation", "Participation over the last 12 months", 10, 11, 11, 9, 10, 10, 9, 10, 11,
                        9, 10, 10)
                .caption(1, "One row per month, for the whole programme. Rates are shares: match rate = mentees with"
                        + " a running match / enrolled mentees; pair activity = running matches that met / running"
                        + " matches.")
                .caption(2, "The chart below shows held sessions (bars) and mentoring hours (line) per month.")
                .table(4, "participation_table", "Month", "Enrolled mentees", "Active matches", "Match rate",
                        "Sessions held", "Cancelled", "No-show", "Mentoring hours", "Completion rate",
                        "Active pairs", "Pair activity", "Dormant pairs")
                .named(7, "participation_chart", false)
                .sheet("Dormant pairs", "Dormant pairs: running matches that have gone quiet", 16, 16, 16, 16, 20)
                .caption(1, "A pair is dormant when it has been matched for at least two expected cadences and held"
                        + " no session in the last two cadences. Contact these pairs first.")
                .caption(2, "\"never\" means the pair has not held a single session. Use the filter buttons in the"
                        + " header to sort or narrow the list.")
                .field(3, "Dormant pairs", "dormant_count")
                .table(5, "dormant_table", "Match", "Cohort", "Mentor", "Mentee", "Last held session")
                .repeatOnPrint(5)
                .sheet("Satisfaction", "Satisfaction survey", 20, 20, 20, 20, 9, 9, 20, 20, 20)
                .caption(1, "Answers of the last survey window (latest answer per person). Mean is on a 1–5 scale;"
                        + " CI low–high is the range where the true mean most likely lies (95% confidence).")
                .caption(2, "Groups with fewer than k respondents are shown as \"suppressed (n < k)\" to protect"
                        + " anonymity; comments appear only for groups with enough respondents.")
                .table(4, "satisfaction_table", "Group", "Respondents", "Response rate", "Mean (1–5)", "CI low",
                        "CI high", "Mentor mean", "Mentee mean", "NPS")
                .subtitle(7, "Answers by role (share of respondents giving each score)")
                .table(8, "distribution_table", "Role", "Respondents", "1", "2", "3", "4", "5")
                .subtitle(12, "Comments")
                .caption(13, "Comments are listed as written, sorted alphabetically, without names.")
                .table(14, "comments_table", "Group", "Comment")
                .named(17, "satisfaction_chart", false)
                .sheet("Progression & Retention", "Progression and retention", 17, 12, 12, 17, 9, 9, 17, 17, 17, 17,
                        12)
                .caption(1, "Promotions per 100 person-years of mentees against the baseline (people never enrolled)."
                        + " Rate ratio above 1: mentees are promoted more often; CI low–high is its 95% range.")
                .caption(2, "Retention 12m = share still employed a year after starting. Log-rank p below 0.05"
                        + " means the retention of mentees and baseline differs beyond chance; blank = no data yet.")
                .table(4, "progression_table", "Group", "Promotions mentees", "Promotions baseline", "Rate ratio",
                        "CI low", "CI high", "Retention 12m mentees", "Retention 12m mentors",
                        "Retention 12m baseline", "Log-rank p", "Voluntary leavers")
                .named(7, "retention_chart", false)
                .named(26, "promotion_chart", false)
                .sheet("Network", "Mentoring network", 30, 14, 80)
                .caption(1, "Who is connected to whom through matches and sessions up to the end of the month."
                        + " Bridges are the people who link otherwise separate groups.")
                .named(2, "betweenness_note", true)
                .table(4, "network_table", "Measure", "Value", "What it means")
                .subtitle(7, "Top bridges")
                .table(8, "bridges_table", "Rank", "Person", "Betweenness")
                .named(11, "ties_chart", false)
                .sheet("Data quality", "Data quality of the inputs", 18, 8, 11, 11, 11, 11, 11, 40)
                .caption(1, "Rows read per source: accepted rows are used, rejected rows are listed with the reason"
                        + " in the rejects file, duplicates are identical repeats that were ignored.")
                .caption(2, "Rows read = accepted + rejected + duplicates.")
                .table(4, "quality_table", "Source", "Files", "Rows read", "Accepted", "Rejected", "Duplicates",
                        "Rejected share", "Rejected rows are in")
                .save(file);
    }

    static void organisation(Path file) throws IOException {
        new TemplateSketch()
                .sheet("Programmes", "Mentoring programmes at a glance", 34, 11, 10, 10, 10, 12, 8, 11, 12, 12)
                .field(1, "Month", "report_period")
                .caption(2, "One row per programme. Rates are shares; satisfaction is on a 1–5 scale; rate ratio above"
                        + " 1 means mentees are promoted more often than colleagues never enrolled.")
                .caption(3, "Blank = no data; \"suppressed (n < k)\" = too few respondents to show without risking"
                        + " anonymity.")
                .table(5, "programmes_table", "Programme", "Enrolled mentees", "Match rate", "Sessions held",
                        "Pair activity", "Satisfaction mean", "NPS", "Promotion rate ratio", "Retention 12m mentees",
                        "Retention 12m baseline")
                .subtitle(8, "Change since last month")
                .caption(9, "▲ up, ▼ down, ▶ unchanged, with the change; blank when last month is unknown.")
                .table(10, "trends_table", "Programme", "Enrolled mentees", "Match rate", "Sessions held",
                        "Pair activity", "Satisfaction mean", "NPS", "Promotion rate ratio", "Retention 12m mentees",
                        "Retention 12m baseline")
                .sheet("Network", "The organisation's mentoring network", 30, 14, 80)
                .caption(1, "Every programme together: who is connected to whom through matches and sessions."
                        + " Bridges link otherwise separate groups.")
                .named(2, "betweenness_note", true)
                .table(4, "network_table", "Measure", "Value", "What it means")
                .subtitle(7, "Top bridges")
                .table(8, "bridges_table", "Rank", "Person", "Betweenness")
                .named(11, "ties_chart", false)
                .sheet("Charts", "Programmes compared", 14)
                .caption(1, "Each chart puts the programmes side by side for one measure of this month.")
                .named(3, "chart_1", false).named(22, "chart_2", false).named(41, "chart_3", false)
                .named(60, "chart_4", false)
                .save(file);
    }

    static void comparison(Path file) throws IOException {
        new TemplateSketch()
                .sheet("Comparison", "Two cohorts compared", 34, 20, 9, 20, 9, 14, 70)
                .field(1, "Programme", "programme_name").field(2, "Month", "report_period")
                .field(3, "Cohort A", "cohort_a").field(4, "Cohort B", "cohort_b")
                .caption(5, "Each measure for cohort A and cohort B side by side; n is the number of people behind a"
                        + " rate or mean. Blank = no data; \"suppressed (n < k)\" protects anonymity.")
                .table(7, "comparison_table", "Measure", "Cohort A", "n (A)", "Cohort B", "n (B)", "B − A",
                        "What it means")
                .subtitle(10, "Are the differences real?")
                .caption(11, "A p-value is the chance of seeing a difference this large if the cohorts were really"
                        + " alike: below 0.05 the difference is significant at the 5% level.")
                .table(12, "tests_table", "Test", "Result", "CI low", "CI high", "n", "In plain words")
                .save(file);
    }
}
