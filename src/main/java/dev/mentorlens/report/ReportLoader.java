package dev.mentorlens.report;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.mentorlens.ingest.SourceCounts;
import dev.mentorlens.metrics.ReportDetails;

/** Gathers the data of the workbooks of one period from the stored metrics. */
final class ReportLoader {

    private final ReportRepository repository;
    private final ReportDetails details;
    private final String period;
    private final int anonymityThreshold;
    private final int commentThreshold;

    ReportLoader(ReportRepository repository, ReportDetails details, String period, int anonymityThreshold,
            int commentThreshold) {
        this.repository = repository;
        this.details = details;
        this.period = period;
        this.anonymityThreshold = anonymityThreshold;
        this.commentThreshold = commentThreshold;
    }

    ProgrammeData programme(String programmeId, List<SourceCounts> quality) {
        Map<String, Map<String, Figure>> figures = repository.figures(period, programmeId);
        Map<YearMonth, Map<String, Double>> trend = repository.trend(period, programmeId, ProgrammeData.ALL);
        return new ProgrammeData(programmeId, repository.programmeName(programmeId), period, anonymityThreshold,
                commentThreshold, figures, lastMonth(programmeId, trend), trend,
                repository.dormantCount(period, programmeId),
                sink -> repository.dormantPairs(period, programmeId, sink),
                repository.bridges(period, programmeId), details.programme(programmeId), quality, period + "/rejects");
    }

    OrganisationData organisation(List<String> programmeIds) {
        List<OrganisationData.ProgrammeRow> rows = programmeIds.stream().map(id -> {
            Map<String, Figure> now = repository.figures(period, id).getOrDefault(ProgrammeData.ALL, Map.of());
            return new OrganisationData.ProgrammeRow(id, repository.programmeName(id), now,
                    lastMonth(id, repository.trend(period, id, ProgrammeData.ALL)));
        }).toList();
        Map<String, Figure> network = repository.figures(period, ProgrammeData.ALL)
                .getOrDefault(ProgrammeData.ALL, Map.of());
        return new OrganisationData(period, anonymityThreshold, rows, network,
                repository.bridges(period, ProgrammeData.ALL), details.organisation());
    }

    /**
     * Last month's figures of the whole programme: the stored run of last month when there is one,
     * else the participation measures of last month from this month's 12-month series.
     */
    private Map<String, Figure> lastMonth(String programmeId, Map<YearMonth, Map<String, Double>> trend) {
        String previous = YearMonth.parse(period).minusMonths(1).toString();
        Map<String, Figure> stored = repository.figures(previous, programmeId).get(ProgrammeData.ALL);
        if (stored != null && !stored.isEmpty()) {
            return stored;
        }
        Map<String, Figure> fromTrend = new HashMap<>();
        trend.getOrDefault(YearMonth.parse(previous), Map.of())
                .forEach((metric, value) -> fromTrend.put(metric, new Figure(value, null, null, null, false)));
        return fromTrend;
    }
}
