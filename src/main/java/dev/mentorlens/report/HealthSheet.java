package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Health: per group the state of its running pairs, the way from enrolment to a first meeting, the load
 * of its mentors and the goals of its pairs (the charts are placed by the workbook). A figure the metrics
 * suppressed shows the marker, never a number.
 */
final class HealthSheet {

    static final String NAME = "Health";
    /** Rows of a section's subtitle, its two captions and the gap above its chart or table in the template. */
    private static final int HEADING_ROWS = 4;

    private HealthSheet() {
    }

    static void fill(TemplateBook book, ProgrammeData data) {
        int k = data.anonymityThreshold();
        List<List<Out>> pairs = new ArrayList<>();
        List<List<Out>> activation = new ArrayList<>();
        List<List<Out>> load = new ArrayList<>();
        List<List<Out>> goals = new ArrayList<>();
        for (String cohort : data.figures().keySet()) {
            Out group = SatisfactionSheet.groupLabel(cohort);
            pairs.add(List.of(group, count(data, cohort, "active_matches", k),
                    count(data, cohort, "pairs_on_track", k), count(data, cohort, "pairs_too_early", k),
                    count(data, cohort, "pairs_needs_check_in", k), count(data, cohort, "pairs_dormant", k),
                    count(data, cohort, "pairs_never_met", k),
                    Out.of(data.figure(cohort, "on_track_share"), Fmt.PERCENT, k)));
            Figure rate = data.figure(cohort, "activation_rate");
            activation.add(List.of(group, rate != null && rate.suppressed() ? Out.suppressed(k) : Out.n(rate),
                    count(data, cohort, "mentees_matched", k), count(data, cohort, "mentees_met", k),
                    Out.of(rate, Fmt.PERCENT, k), days(data, cohort, "days_to_match_median", k),
                    days(data, cohort, "days_to_first_meeting_median", k)));
            load.add(List.of(group, count(data, cohort, "mentors_active", k),
                    Out.of(data.figure(cohort, "mentees_per_mentor_mean"), Fmt.DECIMAL, k),
                    count(data, cohort, "mentees_per_mentor_max", k), count(data, cohort, "mentors_over_capacity", k)));
            goals.add(List.of(group, count(data, cohort, "goals_set", k), count(data, cohort, "goals_achieved", k),
                    Out.of(data.figure(cohort, "goal_attainment_rate"), Fmt.PERCENT, k),
                    count(data, cohort, "goals_overdue", k), days(data, cohort, "days_to_goal_median", k)));
        }
        TemplateTable table = book.table("health_table");
        int last = table.write(pairs);
        book.table("activation_table").write(activation);
        book.table("load_table").write(load);
        book.table("goals_table").write(goals);
        // one autofilter per sheet: on the pair table, set last so the rows it spans are final
        table.freezeAndFilter(last);
        // activation, then mentor load with goals, start a printed page each (with their subtitle and
        // captions), so that the funnel never shares a page with the pair states it would not fit under and
        // no heading is left at the foot of a page
        breakAbove(book, "activation_chart", last);
        breakAbove(book, "load_table", book.reference("activation_table").getRow() + 1);
    }

    /** A page break above the subtitle and captions of a named chart or table, below {@code after}. */
    private static void breakAbove(TemplateBook book, String name, int after) {
        int row = book.reference(name).getRow();
        if (row > after + HEADING_ROWS) {
            book.sheetOf(name).setRowBreak(row - HEADING_ROWS - 1);
        }
    }

    private static Out count(ProgrammeData data, String cohort, String metric, int k) {
        return Out.of(data.figure(cohort, metric), Fmt.COUNT, k);
    }

    /** A median number of days: may be a half day (the mean of the two middle values). */
    private static Out days(ProgrammeData data, String cohort, String metric, int k) {
        return Out.of(data.figure(cohort, metric), Fmt.DAYS, k);
    }
}
