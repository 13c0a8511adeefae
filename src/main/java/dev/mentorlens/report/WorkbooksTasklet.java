package dev.mentorlens.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.mentorlens.charts.ProgrammeValue;
import dev.mentorlens.ingest.IngestFiles;
import dev.mentorlens.ingest.SourceCounts;
import dev.mentorlens.metrics.MetricsSettings;
import dev.mentorlens.metrics.ReportDetails;
import dev.mentorlens.monthly.MonthlyParameters;
import dev.mentorlens.monthly.OutputFolders;
import dev.mentorlens.storage.PrivateFiles;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the workbook and charts of every programme the metrics step wrote into the staging folder,
 * then the organisation workbook of every programme stored for the period into {@code ALL/}. Runs again on a restart: it only rewrites files.
 */
final class WorkbooksTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final Path templates;

    WorkbooksTasklet(JdbcTemplate jdbc, Path templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobParameters parameters = contribution.getStepExecution().getJobParameters();
        String period = parameters.getString(MonthlyParameters.PERIOD);
        Path staging = new OutputFolders(Path.of(parameters.getString(MonthlyParameters.OUTPUT))).staging(period);
        MetricsSettings settings = MetricsSettings.from(parameters);
        ReportLoader loader = new ReportLoader(new ReportRepository(jdbc), new ReportDetails(jdbc, parameters), period,
                settings.anonymityThreshold(), settings.commentThreshold());
        List<SourceCounts> quality = new IngestFiles(jdbc).totals();
        ReportCharts charts = new ReportCharts();
        List<String> programmes = programmesIn(staging);
        for (String programmeId : programmes) {
            ProgrammeData data = loader.programme(programmeId, quality);
            Path folder = staging.resolve(programmeId);
            List<ChartFile> pictures = saved(charts.programme(data), folder);
            ProgrammeWorkbook.write(templates, data, pictures, folder.resolve(programmeId + "-" + period + ".xlsx"));
            contribution.incrementWriteCount(1);
        }
        // every programme stored for the period, also those a one-programme run did not recompute
        OrganisationData organisation = loader.organisation(new ReportRepository(jdbc).programmes(period));
        Path all = staging.resolve(ProgrammeData.ALL);
        List<ChartFile> pictures = saved(organisationCharts(charts, organisation), all);
        OrganisationWorkbook.write(templates, organisation, pictures, all.resolve("organisation-" + period + ".xlsx"));
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
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
            Path dir = PrivateFiles.createDirectories(folder.resolve("charts"));
            for (ChartFile chart : charts) {
                PrivateFiles.write(dir.resolve(chart.fileName()), chart.png());
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
