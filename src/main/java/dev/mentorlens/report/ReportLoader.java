package dev.mentorlens.report;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mentorlens.ingest.SourceCounts;

/**
 * Gathers the data of the workbooks of one period from what the metrics step stored: nothing is
 * computed again and no input table is read, so a workbook can be rendered again at any time.
 */
final class ReportLoader {

    private final ReportRepository repository;
    private final ReportDataRepository stored;
    private final String period;

    ReportLoader(ReportRepository repository, ReportDataRepository stored, String period) {
        this.repository = repository;
        this.stored = stored;
        this.period = period;
    }

    ProgrammeData programme(String programmeId, List<SourceCounts> quality) {
        Details details = stored.details(period, programmeId);
        Map<String, Map<String, Figure>> figures = repository.figures(period, programmeId);
        Map<YearMonth, Map<String, Double>> trend = repository.trend(period, programmeId, ProgrammeData.ALL);
        return new ProgrammeData(programmeId, details.name(), period, details.anonymityThreshold(),
                details.commentThreshold(), figures, lastMonth(programmeId, trend), trend,
                repository.dormantCount(period, programmeId),
                sink -> repository.dormantPairs(period, programmeId, sink),
                repository.bridges(period, programmeId), details, quality, period + "/rejects");
    }

    OrganisationData organisation(List<String> programmeIds, Set<String> staleProgrammes) {
        List<OrganisationData.ProgrammeRow> rows = programmeIds.stream().map(id -> {
            Map<String, Figure> now = repository.figures(period, id).getOrDefault(ProgrammeData.ALL, Map.of());
            return new OrganisationData.ProgrammeRow(id, stored.programmeName(period, id), now,
                    lastMonth(id, repository.trend(period, id, ProgrammeData.ALL)), staleProgrammes.contains(id),
                    stored.programmeFormat(period, id));
        }).toList();
        Map<String, Figure> network = repository.figures(period, ProgrammeData.ALL)
                .getOrDefault(ProgrammeData.ALL, Map.of());
        Details organisation = stored.details(period, ProgrammeData.ALL);
        return new OrganisationData(period, organisation.anonymityThreshold(), rows, network,
                repository.bridges(period, ProgrammeData.ALL), organisation);
    }

    /**
     * Last month's figures of the whole programme as this period's run computed them from its own inputs,
     * never those of an earlier run (whose inputs may differ, or which may not exist). A period stored
     * before they were kept falls back on last month's participation from this month's 12-month series.
     */
    private Map<String, Figure> lastMonth(String programmeId, Map<YearMonth, Map<String, Double>> trend) {
        Map<String, Figure> stored = repository.lastMonth(period, programmeId);
        if (!stored.isEmpty()) {
            return stored;
        }
        String previous = YearMonth.parse(period).minusMonths(1).toString();
        Map<String, Figure> fromTrend = new HashMap<>();
        trend.getOrDefault(YearMonth.parse(previous), Map.of())
                .forEach((metric, value) -> fromTrend.put(metric, new Figure(value, null, null, null, false)));
        return fromTrend;
    }
}
