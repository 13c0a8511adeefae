package dev.mentorlens.metrics;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.mentorlens.ingest.IngestFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computes the period's metrics of every programme (or of one) and the organisation-wide network,
 * stores them, and writes
 * {@code <programme>/metrics.csv}, {@code dormant-pairs.csv}, {@code bridges.csv}, {@code trends.csv},
 * {@code comments.csv} and {@code ALL/metrics.csv}, {@code ALL/bridges.csv} into a folder.
 */
@Service
public class PeriodMetrics {

    /**
     * @param programme the one programme to compute, or empty for all of them
     * @param folder where the CSV files go (the period's staging folder)
     * @param breakdowns attribute names separated by commas for {@code breakdowns.csv}; empty for none
     * @param input the input folder, whose employees.csv names the attributes
     */
    public record Request(MetricsSettings settings, Optional<String> programme, Path folder, String breakdowns,
            Path input) {
    }

    private final JdbcTemplate jdbc;

    PeriodMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Computes, stores and writes every programme asked for and the organisation; returns the rows written. */
    public int compute(Request request) {
        return computeProgrammes(request, programmeIds(request)) + computeOrganisation(request);
    }

    /** The programmes a request asks for: the one named, or every programme of the inputs. */
    public List<String> programmeIds(Request request) {
        return request.programme().map(List::of).orElseGet(new MetricsRepository(jdbc)::programmeIds);
    }

    /**
     * Computes, stores and writes the metrics of the given programmes, each on its own: the result of a
     * programme does not depend on which others are computed with it. Returns the metric rows written.
     */
    public int computeProgrammes(Request request, List<String> programmes) {
        if (programmes.isEmpty()) {
            return 0;
        }
        MetricsSettings settings = request.settings();
        String period = settings.label();
        Path staging = request.folder();
        int written = 0;
        MetricsRepository repository = new MetricsRepository(jdbc);
        MetricStore store = new MetricStore(jdbc, settings);
        MetricsEngine engine = new MetricsEngine(repository, settings);
        List<String> breakdowns = BreakdownNames.of(request.breakdowns(), request.input());
        for (String programmeId : programmes) {
            MetricsEngine.Monthly monthly = engine.monthly(programmeId);
            ProgrammeReport report = monthly.report();
            store.save(period, report);
            store.saveLastMonth(period, programmeId, monthly.lastMonth());
            Path folder = staging.resolve(programmeId);
            MetricsFiles.writeMetrics(folder.resolve("metrics.csv"), report.rows());
            MetricsFiles.writeDormantPairs(folder.resolve("dormant-pairs.csv"), report.dormantPairs());
            MetricsFiles.writeBridges(folder.resolve("bridges.csv"), report.bridges());
            MetricsFiles.writeTrends(folder.resolve("trends.csv"), report.trends());
            MetricsFiles.writeComments(folder.resolve("comments.csv"), report.comments());
            if (!breakdowns.isEmpty()) {
                List<BreakdownRow> rows = engine.breakdowns(programmeId, breakdowns);
                BreakdownsFile.write(folder.resolve("breakdowns.csv"), rows);
                store.saveBreakdowns(period, programmeId, rows);
            }
            written += report.rows().size();
        }
        return written;
    }

    /** Computes, stores and writes the organisation-wide network and the sources' counts; returns the rows written. */
    public int computeOrganisation(Request request) {
        MetricsSettings settings = request.settings();
        String period = settings.label();
        Path staging = request.folder();
        MetricStore store = new MetricStore(jdbc, settings);
        MetricsRepository repository = new MetricsRepository(jdbc);
        store.saveSources(period, new IngestFiles(jdbc).totals());
        // the workforce only: the programmes' health and impact data are not needed here
        NetworkMetrics organisation = NetworkMetrics.of(period, null, settings.lastDay(), repository,
                repository.workforce());
        store.saveOrganisation(period, organisation);
        MetricsFiles.writeMetrics(staging.resolve(Groups.ALL).resolve("metrics.csv"), organisation.rows());
        MetricsFiles.writeBridges(staging.resolve(Groups.ALL).resolve("bridges.csv"), organisation.bridges());
        return organisation.rows().size();
    }
}
