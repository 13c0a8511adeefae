package dev.mentorlens.metrics;

import java.util.List;

import dev.mentorlens.metrics.LatestResponses.AttributedResponse;
import dev.mentorlens.network.Bridge;

/**
 * Everything the metrics engine found for one programme and period.
 *
 * @param rows the metrics.csv rows: ALL first, then cohorts; per group in metric order
 * @param checkInPairs the active matches that need a check-in (not dormant yet), for the workbook's pair list
 * @param responses the latest in-window response per respondent with its cohort
 * @param comments the comments of those responses, per group with at least {@code commentThreshold}
 *                 respondents, sorted by text so their order says nothing about who wrote them
 * @param details what the workbook shows beyond the rows (curves, score counts, department ties)
 */
record ProgrammeReport(Programme programme, List<MetricRow> rows, List<DormantPair> dormantPairs,
        List<DormantPair> checkInPairs, List<Bridge> bridges, List<TrendValue> trends, List<AttributedResponse> responses,
        List<GroupComment> comments, ReportDetails details) {

    /** A comment of a group that reaches the comment threshold. */
    record GroupComment(String cohort, String text) {
    }

    List<MetricRow> rowsOf(String cohort) {
        return rows.stream().filter(r -> r.cohort().equals(cohort)).toList();
    }
}
