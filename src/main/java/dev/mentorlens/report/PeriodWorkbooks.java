package dev.mentorlens.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.mentorlens.charts.ProgrammeValue;
import dev.mentorlens.ingest.SourceCounts;
import dev.mentorlens.metrics.MetricsSettings;
import dev.mentorlens.metrics.ReportDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes the workbook and charts of every programme whose metrics are in a folder, then the
 * organisation workbook of every programme stored for the period into {@code ALL/}. It only
 * writes files, so it can run again.
 */
@Service
public class PeriodWorkbooks {

    /**
     * @param folder the period's staging folder, holding a {@code <programme>/metrics.csv} per programme
     * @param quality the per-source counts for the data-quality sheet
     */
    public record Request(MetricsSettings settings, Path folder, List<SourceCounts> quality) {
    }

    private final JdbcTemplate jdbc;
    private final Path templates;

    PeriodWorkbooks(JdbcTemplate jdbc, ReportSettings settings) {
        this.jdbc = jdbc;
        this.templates = Path.of(settings.templates());
    }

    /** Writes the workbooks; returns how many. */
    public int write(Request request) {
        MetricsSettings settings = request.settings();
        String period = settings.period().toString();
        Path staging = request.folder();
        int written = 0;
        ReportLoader loader = new ReportLoader(new ReportRepository(jdbc), new ReportDetails(jdbc, settings), period,
                settings.anonymityThreshold(), settings.commentThreshold());
        List<SourceCounts> quality = request.quality();
        ReportCharts charts = new ReportCharts();
        List<String> programmes = programmesIn(staging);
        for (String programmeId : programmes) {
            ProgrammeData data = loader.programme(programmeId, quality);
            Path folder = staging.resolve(programmeId);
            List<ChartFile> pictures = saved(charts.programme(data), folder);
            ProgrammeWorkbook.write(templates, data, pictures, folder.resolve(programmeId + "-" + period + ".xlsx"));
            written++;
        }
        // every programme stored for the period, also those a one-programme run did not recompute
        OrganisationData organisation = loader.organisation(new ReportRepository(jdbc).programmes(period));
        Path all = staging.resolve(ProgrammeData.ALL);
        List<ChartFile> pictures = saved(organisationCharts(charts, organisation), all);
        OrganisationWorkbook.write(templates, organisation, pictures, all.resolve("organisation-" + period + ".xlsx"));
        return written + 1;
    }

    private static List<ChartFile> organisationCharts(ReportCharts charts, OrganisationData data) {
        return List.of(
                charts.comparison("chart_1", "Match rate by programme", "Match rate (%)", values(data, "match_rate")),
                charts.comparison("chart_2", "Pair activity by programme", "Pair activity (%)",
                        values(data, "pair_activity_rate")),
                charts.comparison("chart_3", "Satisfaction by programme", "Satisfaction (1-5)",
                        values(data, "satisfaction_mean")),
                charts.comparison("chart_4", "Sessions held by programme", "Sessions held",
                        values(data, "sessions_held")),
                charts.ties("ties_chart", data.details().departmentTies()));
    }

    private static List<ProgrammeValue> values(OrganisationData data, String metric) {
        return data.programmes().stream().map(p -> {
            Figure figure = p.now().get(metric);
            if (figure != null && figure.suppressed()) {
                return ProgrammeValue.suppressed(p.name(), data.anonymityThreshold());
            }
            return figure == null || figure.value() == null ? ProgrammeValue.noData(p.name())
                    : ProgrammeValue.of(p.name(), figure.value());
        }).toList();
    }

    /** Saves each chart as {@code <folder>/charts/<file>}. */
    private static List<ChartFile> saved(List<ChartFile> charts, Path folder) {
        try {
            Path dir = Files.createDirectories(folder.resolve("charts"));
            for (ChartFile chart : charts) {
                Files.write(dir.resolve(chart.fileName()), chart.png());
            }
            return charts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the charts of " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The programme folders the metrics step wrote (those holding a metrics.csv), except ALL. */
    static List<String> programmesIn(Path staging) {
        try (Stream<Path> folders = Files.list(staging)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("metrics.csv")))
                    .map(f -> f.getFileName().toString()).filter(name -> !name.equals(ProgrammeData.ALL))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + staging + ": " + e.getMessage(), e);
        }
    }
}
