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
                .sheet("At a glance", "At a glance", 24, 11, 82, 12, 11).onePage()
                .field(1, "Programme", "glance_programme").field(2, "Month", "glance_period")
                .caption(3, "Each area against the programme's targets: on track = target met; watch = just short of"
                        + " it (within the watch band) or lower but not clearly; act = off target.")
                .caption(4, "Targets are set per programme in the job definition (docs/targets.md). \"not shown\""
                        + " = too few answers to show without risking anonymity.")
                .table(6, "status_table", "Area", "Status", "What we see", "This month", "Target")
                .wrap(2)
                .subtitle(9, "What to do next")
                .table(10, "actions_table", "Area", "Priority", "Next step")
                .wrap(2)
                .subtitle(13, "Biggest changes since last month")
                .table(14, "changes_table", "Measure", "Change", "What it means", "This month", "Last month")
                .subtitle(17, "Is mentoring making a difference?")
                .table(18, "verdicts_table", "Question", "Status", "Verdict (with the 95% range)")
                .wrap(2)
                .sheet("Summary", "Mentoring programme report", 34, 14, 14, 12, 8, 70)
                .field(1, "Programme", "programme_name").field(2, "Month", "report_period")
                .caption(3, "The key numbers of the month next to last month's. ▲ went up, ▼ went down, ▶ unchanged"
                        + " (up is not always good: read the measure).")
                .caption(4, "A blank cell means there is no data to compute it; \"suppressed (n < k)\" means too few"
                        + " people answered to show it without risking their anonymity.")
                .table(6, "summary_table", "Measure", "This month", "Last month", "Change", "Trend", "What it means")
                .repeatOnPrint(6)
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
                .sheet("Health", "Programme health", 24, 12, 11, 11, 13, 11, 13, 12)
                // captions no wider than the tables, so that the printed scale is the tables' own
                .caption(1, "Each running pair is in one state at month end, judged by the programme's cadence:")
                .caption(2, "on track = met within the last cadence; too early = matched within two cadences;")
                .caption(3, "needs check-in = last met one to two cadences ago; dormant = no meeting in two.")
                .caption(4, "Pairs that need a check-in and dormant pairs are listed on the Dormant pairs sheet.")
                .named(6, "health_chart", false)
                .table(23, "health_table", "Group", "Running pairs", "On track", "Too early", "Needs check-in",
                        "Dormant", "Of which never met", "On track share")
                // the renderer starts a printed page at each section's subtitle, four rows above its chart or table
                .subtitle(26, "Activation: from enrolment to a first meeting")
                .caption(27, "Mentees = enrolled as a mentee so far; matched = has had a mentor; met = has met one.")
                .caption(28, "Medians in days: from enrolment to the match, then from the match to the first meeting.")
                .named(30, "activation_chart", false)
                .table(45, "activation_table", "Group", "Mentees", "Matched", "Met", "Activation rate",
                        "Median days to a match", "Median days to first meeting")
                .tallHeader()
                .subtitle(48, "Mentor load")
                .caption(49, "Running matches per mentor at month end. Over capacity = more running matches in the")
                .caption(50, "programme than its mentor_capacity (blank when the programme sets none).")
                .table(52, "load_table", "Group", "Mentors with a running match", "Mentees per mentor",
                        "Most mentees of one mentor", "Mentors over capacity")
                .tallHeader()
                .subtitle(55, "Goals")
                .caption(56, "Goals the pairs set themselves. Attainment = achieved / set; overdue = past due date")
                .caption(57, "and not achieved; median days from setting a goal to achieving it.")
                .table(59, "goals_table", "Group", "Goals set", "Achieved", "Attainment", "Overdue",
                        "Median days to achieve")
                .tallHeader()
                .sheet("Dormant pairs", "Dormant pairs, and pairs that need a check-in before they go quiet", 16, 12,
                        12, 18, 9, 12, 12, 18, 9, 12, 12, 9, 15)
                .caption(1, "A pair is dormant when it has been matched for at least two expected cadences and held"
                        + " no session in the last two cadences. Contact these pairs first, or their managers.")
                .caption(2, "Pairs that need a check-in met one to two cadences ago but not since: a word now keeps them"
                        + " from going dormant. \"never\" = not a single session; days quiet then count from the match.")
                .field(3, "Dormant pairs", "dormant_count")
                .field(4, "Need a check-in", "check_in_count")
                .table(6, "dormant_table", "Match", "Cohort", "Mentor", "Mentor's department", "Mentor's level",
                        "Mentor's manager", "Mentee", "Mentee's department", "Mentee's level", "Mentee's manager",
                        "Last held session", "Days quiet", "State")
                .tallHeader()
                .repeatOnPrint(6)
                .sheet("Satisfaction", "Satisfaction survey", 20, 20, 20, 20, 9, 9, 20, 20, 20)
                .caption(1, "Answers of the last survey window (latest answer per person). Mean is on a 1–5 scale;"
                        + " CI low–high is the range where the true mean most likely lies (95% confidence).")
                .caption(2, "Groups with fewer than k respondents are shown as \"suppressed (n < k)\" to protect"
                        + " anonymity; comments appear only for groups with enough respondents.")
                .table(4, "satisfaction_table", "Group", "Respondents", "Response rate", "Mean (1–5)", "CI low",
                        "CI high", "Mentor mean", "Mentee mean", "NPS")
                .subtitle(7, "Answers by role (share of respondents giving each score)")
                .table(8, "distribution_table", "Role", "Respondents", "1", "2", "3", "4", "5")
                .caption(11, "Comments are on the next sheet.")
                .named(13, "satisfaction_chart", false)
                .sheet("Comments", "Survey comments", 24, 110)
                .caption(1, "Comments as written, without names, sorted alphabetically within each group; each"
                        + " comment is listed once, under its cohort when cohorts can be shown apart.")
                .caption(2, "A group's comments appear only when it has enough respondents to keep them anonymous.")
                .table(4, "comments_table", "Group", "Comment")
                .wrap(1).alignTop()
                .repeatOnPrint(4)
                .sheet("Progression & Retention", "Progression and retention", 17, 14, 14, 34, 8, 8, 13, 13, 13, 10,
                        14)
                .caption(1, "Promotions per 100 person-years of mentees against the baseline (people never enrolled)."
                        + " The verdict compares them; CI low–high is the 95% range of their ratio.")
                .caption(2, "Retention 12m = share still employed a year after starting. Log-rank p below 0.05"
                        + " means the retention of mentees and baseline differs beyond chance; blank = no data yet.")
                .table(4, "progression_table", "Group", "Promotions of mentees per 100 person-years",
                        "Promotions of the baseline per 100 person-years", "Promotions vs baseline", "CI low",
                        "CI high", "Retention 12m mentees", "Retention 12m mentors", "Retention 12m baseline",
                        "Log-rank p", "Voluntary leavers per 100 person-years")
                .tallHeader().wrap(3)
                .named(7, "retention_chart", false)
                .named(26, "promotion_chart", false)
                .sheet("Impact", "Does mentoring make a difference?", 22, 20, 11, 13, 10, 10, 13, 10, 10, 56)
                .caption(1, "Mentees followed for a full year after enrolling, against colleagues who never enrolled."
                        + " Similar colleagues = same department, job level and tenure band at the mentee's enrolment;"
                        + " all colleagues = everyone employed then.")
                .caption(2, "Differences are in percentage points of the share who stayed (or were promoted) within"
                        + " the year, each with its 95% range: a range that includes 0 shows no clear difference.")
                .table(4, "impact_reading", "In plain words: the whole programme")
                .wrap(0).alignTop()
                .subtitle(7, "Per group")
                .table(8, "impact_table", "Group", "Outcome", "Mentees compared", "Similar colleagues: difference",
                        "CI low", "CI high", "All colleagues: difference", "CI low", "CI high",
                        "Verdict (similar colleagues)")
                .tallHeader().wrap(9)
                .sheet("Network", "Mentoring network", 30, 14, 80, 9, 14, 12)
                .caption(1, "Who is connected to whom through matches and sessions up to the end of the month."
                        + " Bridges are the people who link otherwise separate groups.")
                .named(2, "betweenness_note", true)
                .table(4, "network_table", "Measure", "Value", "What it means")
                .subtitle(7, "Top bridges")
                .table(8, "bridges_table", "Rank", "Person", "Department", "Job level", "Manager", "Betweenness")
                .named(11, "ties_chart", false)
                // value columns wide enough for "suppressed (n < k)"
                .sheet("Breakdowns", "Mentees by attribute", 14, 18, 17, 17, 17, 17, 17, 9, 9, 17, 17)
                .caption(1, "The programme's mentees broken down by the attributes the run was asked for (--breakdowns),"
                        + " by their value in employees.csv today; satisfaction counts answers given as a mentee.")
                .caption(2, "Any cell of fewer than k people is \"suppressed (n < k)\", and so is any other cell that"
                        + " would let it be worked out by subtraction, counts included.")
                .table(4, "breakdowns_table", "Attribute", "Value", "Mentees", "Matched share", "Activation rate",
                        "Mentee answers", "Satisfaction (1–5)", "CI low", "CI high", "Retention 12m",
                        "Promotions per 100 person-years")
                .tallHeader()
                .repeatOnPrint(4)
                .sheet("Data quality", "Data quality of the inputs", 18, 8, 11, 11, 11, 11, 11, 40)
                .caption(1, "Rows read per source: accepted rows are used, rejected rows are listed with the reason"
                        + " in the rejects file, duplicates are identical repeats that were ignored.")
                .caption(2, "Rows read = accepted + rejected + duplicates.")
                .table(4, "quality_table", "Source", "Files", "Rows read", "Accepted", "Rejected", "Duplicates",
                        "Rejected share", "Rejected rows are in")
                .repeatOnPrint(4)
                .save(file);
    }

    static void organisation(Path file) throws IOException {
        new TemplateSketch()
                .sheet("At a glance", "Mentoring programmes at a glance", 30, 13, 13, 13, 13, 62).onePage()
                .field(1, "Month", "glance_period")
                .caption(2, "Each programme's areas against its targets: on track = target met; watch = just short"
                        + " of it or lower but not clearly; act = off target. Targets: docs/targets.md.")
                .caption(3, "\"not shown\" = too few answers to show without risking anonymity; \"too early\" ="
                        + " not enough data yet.")
                .table(5, "status_table", "Programme", "Participation", "Engagement", "Satisfaction", "Outcomes",
                        "First thing to do")
                .wrap(0).wrap(5)
                .subtitle(8, "Biggest changes since last month")
                .table(9, "changes_table", "Programme: measure", "Change", "This month", "Last month")
                .wrap(0)
                .subtitle(12, "Is mentoring making a difference?")
                .table(13, "verdicts_table", "Programme", "Status", "Verdict")
                .wrap(0)
                .sheet("Programmes", "Mentoring programmes side by side", 30, 11, 10, 10, 10, 12, 8, 30, 12, 12)
                .field(1, "Month", "report_period")
                .caption(2, "One row per programme. Rates are shares; satisfaction is on a 1–5 scale; promotions"
                        + " compare mentees with colleagues never enrolled, with the 95% range of the rate ratio.")
                .caption(3, "Blank = no data; \"suppressed (n < k)\" = too few respondents to show without risking"
                        + " anonymity.")
                .table(5, "programmes_table", "Programme", "Enrolled mentees", "Match rate", "Sessions held",
                        "Pair activity", "Satisfaction mean", "NPS", "Promotions vs baseline", "Retention 12m mentees",
                        "Retention 12m baseline")
                .wrap(7)
                .subtitle(8, "Change since last month")
                .caption(9, "▲ up, ▼ down, ▶ unchanged, with the change; blank when last month is unknown.")
                .table(10, "trends_table", "Programme", "Enrolled mentees", "Match rate", "Sessions held",
                        "Pair activity", "Satisfaction mean", "NPS", "Promotions vs baseline", "Retention 12m mentees",
                        "Retention 12m baseline")
                .sheet("Network", "The organisation's mentoring network", 30, 14, 80, 9, 14, 12)
                .caption(1, "Every programme together: who is connected to whom through matches and sessions."
                        + " Bridges link otherwise separate groups.")
                .named(2, "betweenness_note", true)
                .table(4, "network_table", "Measure", "Value", "What it means")
                .subtitle(7, "Top bridges")
                .table(8, "bridges_table", "Rank", "Person", "Department", "Job level", "Manager", "Betweenness")
                .named(11, "ties_chart", false)
                .sheet("Charts", "Programmes compared", 14)
                .caption(1, "Each chart puts the programmes side by side for one measure of this month.")
                .named(3, "chart_1", false).named(22, "chart_2", false).named(41, "chart_3", false)
                .named(60, "chart_4", false)
                .save(file);
    }

    static void comparison(Path file) throws IOException {
        new TemplateSketch()
                // column C starts half-way across, where the second chart of a row goes
                .sheet("Comparison", "Two cohorts compared", 30, 40, 24, 12, 11, 11, 8)
                .field(1, "Programme", "programme_name").field(2, "Month", "report_period")
                .field(3, "Cohort A", "cohort_a").field(4, "Cohort B", "cohort_b")
                .caption(5, "Each question is answered with a plain verdict first. A difference is clear only when it"
                        + " is unlikely to be chance:")
                .caption(6, "p below 0.05, or a 95% range of the ratio that excludes 1. Every measure of both cohorts"
                        + " is on the sheet \"Side by side\".")
                .subtitle(8, "Are the differences real?")
                .table(9, "tests_table", "Question", "Verdict", "", "Result", "Range low", "Range high", "n")
                .wrap(0).wrap(1)
                .subtitle(12, "The two cohorts in charts")
                .named(13, "satisfaction_chart", false)
                .chartAt(13, 2, "retention_chart")
                .named(29, "promotion_chart", false)
                .sheet("Side by side", "Both cohorts, measure by measure", 42, 22, 8, 22, 8, 12, 56)
                .caption(1, "Each measure for cohort A and cohort B side by side; n is the number of people behind a"
                        + " rate or mean.")
                .caption(2, "Blank = no data; \"suppressed (n < k)\" protects anonymity.")
                .table(4, "comparison_table", "Measure", "Cohort A", "n (A)", "Cohort B", "n (B)", "B − A",
                        "What it means")
                .wrap(1).wrap(3).wrap(6)
                .repeatOnPrint(4)
                .save(file);
    }
}
