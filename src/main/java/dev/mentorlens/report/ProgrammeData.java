package dev.mentorlens.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.mentorlens.ingest.SourceCounts;
import dev.mentorlens.report.ReportRepository.BridgeRow;
import dev.mentorlens.report.ReportRepository.DormantRow;

/**
 * Everything a programme workbook shows.
 *
 * @param figures stored metrics per cohort (ALL first) and metric
 * @param lastMonth last month's figures of cohort ALL (empty map when unknown)
 * @param trend the 12-month participation series of cohort ALL
 * @param dormantPairs streams the dormant pairs into the consumer it is given
 * @param rejectsFolder where the rejects files are, as the reader finds them
 */
record ProgrammeData(String programmeId, String name, String period, int anonymityThreshold, int commentThreshold,
        Map<String, Map<String, Figure>> figures, Map<String, Figure> lastMonth,
        Map<YearMonth, Map<String, Double>> trend, long dormantCount, Consumer<Consumer<DormantRow>> dormantPairs,
        List<BridgeRow> bridges, Details details, List<SourceCounts> quality, String rejectsFolder) {

    static final String ALL = "ALL";

    Map<String, Figure> all() {
        return figures.getOrDefault(ALL, Map.of());
    }

    Figure figure(String cohort, String metric) {
        return figures.getOrDefault(cohort, Map.of()).get(metric);
    }
}
