package dev.mentorlens.metrics;

import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.ingest.IngestParameters;
import dev.mentorlens.monthly.MonthlyParameters;
import dev.mentorlens.monthly.OutputFolders;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes the period's metrics of every programme (or of the one in the job parameter
 * {@code programme}) and the organisation-wide network, stores them, and writes
 * {@code <programme>/metrics.csv}, {@code dormant-pairs.csv}, {@code bridges.csv}, {@code trends.csv},
 * {@code comments.csv} and {@code ALL/metrics.csv}, {@code ALL/bridges.csv} into the staging folder.
 */
final class MetricsTasklet implements Tasklet {

    private final JdbcTemplate jdbc;

    MetricsTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobParameters parameters = contribution.getStepExecution().getJobParameters();
        MetricsSettings settings = MetricsSettings.from(parameters);
        String period = settings.label();
        Path staging = new OutputFolders(Path.of(parameters.getString(MonthlyParameters.OUTPUT))).staging(period);
        MetricsRepository repository = new MetricsRepository(jdbc);
        MetricStore store = new MetricStore(jdbc);
        MetricsEngine engine = new MetricsEngine(repository, settings);

        String only = parameters.getString(MonthlyParameters.PROGRAMME, MonthlyParameters.ALL_PROGRAMMES);
        List<String> programmes = MonthlyParameters.ALL_PROGRAMMES.equals(only) ? repository.programmeIds()
                : List.of(only);
        List<String> breakdowns = BreakdownsFile.names(parameters.getString(MonthlyParameters.BREAKDOWNS),
                Path.of(parameters.getString(IngestParameters.INPUT)));
        for (String programmeId : programmes) {
            ProgrammeReport report = engine.programme(programmeId);
            store.save(period, report);
            Path folder = staging.resolve(programmeId);
            MetricsFiles.writeMetrics(folder.resolve("metrics.csv"), report.rows());
            MetricsFiles.writeDormantPairs(folder.resolve("dormant-pairs.csv"), report.dormantPairs());
            MetricsFiles.writeBridges(folder.resolve("bridges.csv"), report.bridges());
            MetricsFiles.writeTrends(folder.resolve("trends.csv"), report.trends());
            MetricsFiles.writeComments(folder.resolve("comments.csv"), report.comments());
            if (!breakdowns.isEmpty()) {
                BreakdownsFile.write(folder.resolve("breakdowns.csv"), engine.breakdowns(programmeId, breakdowns));
            }
            contribution.incrementWriteCount(report.rows().size());
        }
        NetworkMetrics organisation = engine.organisation();
        store.saveOrganisation(period, organisation);
        MetricsFiles.writeMetrics(staging.resolve(Groups.ALL).resolve("metrics.csv"), organisation.rows());
        MetricsFiles.writeBridges(staging.resolve(Groups.ALL).resolve("bridges.csv"), organisation.bridges());
        contribution.incrementWriteCount(organisation.rows().size());
        return RepeatStatus.FINISHED;
    }
}
