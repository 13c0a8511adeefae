package dev.mentorlens.metrics;

import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes the comparison of two cohorts of a programme for a period as a metrics CSV file, and stores
 * its rows for the comparison workbook.
 */
@Service
public class CohortComparisonFile {

    /** @param file the CSV file to write */
    public record Request(MetricsSettings settings, String programmeId, String cohortA, String cohortB, Path file) {
    }

    private final JdbcTemplate jdbc;

    /** The name of a comparison's files without extension: {@code <A>-vs-<B>-<period>}. */
    public static String baseName(String cohortA, String cohortB, String period) {
        return CohortComparison.label(cohortA, cohortB) + "-" + period;
    }

    CohortComparisonFile(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the file; returns the number of rows written. */
    public int write(Request request) {
        MetricsSettings settings = request.settings();
        String programmeId = request.programmeId();
        String cohortA = request.cohortA();
        String cohortB = request.cohortB();
        MetricsRepository repository = new MetricsRepository(jdbc);
        MetricsEngine engine = new MetricsEngine(repository, settings);
        ProgrammeReport report = engine.programme(programmeId);
        List<MetricRow> rows = CohortComparison.rows(report, cohortA, cohortB, settings.lastDay(),
                settings.anonymityThreshold(), engine.workforce());
        MetricsFiles.writeMetrics(request.file(), rows);
        new MetricStore(jdbc, settings).saveComparison(programmeId, cohortA, cohortB, rows,
                CohortComparison.details(report, cohortA, cohortB, settings.lastDay(), settings.anonymityThreshold(),
                        engine.workforce()));
        return rows.size();
    }
}
