package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;

/** Summary: the key measures of the month against last month, with arrows. */
final class SummarySheet {

    static final List<String> KEY_METRICS = List.of("enrolled_mentees", "enrolled_mentors", "active_matches",
            "match_rate", "sessions_held", "mentoring_hours", "session_completion_rate", "pair_activity_rate",
            "dormant_pairs", "respondents", "response_rate", "satisfaction_mean", "nps", "promotion_rate_ratio",
            "retention_12m_mentees", "retention_12m_baseline", "network_people", "cross_department_tie_share");

    static final String RATIO = "promotion_rate_ratio";

    private SummarySheet() {
    }

    /** The promotion verdict of a stored ratio, blank when there is none. */
    static Out verdict(Figure ratio, int k) {
        return ratio == null ? Out.label("") : Out.label(Verdicts.promotion(ratio, k));
    }

    static void fill(TemplateBook book, ProgrammeData data) {
        book.put("programme_name", Out.input(data.name()));
        book.put("report_period", Out.label(data.period()));
        int k = data.anonymityThreshold();
        ProgrammeFormat format = data.details().wording();
        List<List<Out>> rows = new ArrayList<>();
        for (String metric : format.keyMetrics(KEY_METRICS)) {
            Measure measure = format.measure(metric);
            Figure now = data.all().get(metric);
            Figure before = data.lastMonth().get(metric);
            Double nowValue = now == null ? null : now.value();
            Double beforeValue = before == null ? null : before.value();
            if (metric.equals(RATIO)) {
                // a ratio alone misleads: the verdict with its range leads, and a change of a ratio means nothing
                rows.add(List.of(Out.label(format.promotionIsAnAim() ? "Promotions of mentees vs baseline"
                        : "Promotions of senior mentees vs baseline"), verdict(now, k), verdict(before, k),
                        Out.label(""), Out.label(""), Out.label(measure.meaning())));
                continue;
            }
            rows.add(List.of(Out.label(measure.label()), Out.of(now, measure.fmt(), k),
                    Out.of(before, measure.fmt(), k), Out.change(nowValue, beforeValue, measure.fmt()),
                    Out.label(Trend.arrow(nowValue, beforeValue)), Out.label(measure.meaning())));
        }
        TemplateTable table = book.table("summary_table");
        int last = table.write(rows);
        // the promotion verdicts and the longer explanations wrap within their columns
        for (int column : new int[] {1, 2, 5}) {
            GlanceSheet.wrapLong(table, last, column);
        }
        table.freezeAndFilter(last);
    }
}
