package dev.mentorlens.metrics;

import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.ingest.IngestFiles;
import dev.mentorlens.ingest.RejectRatios;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes {@code <output>/compare/<programme>/<A>-vs-<B>-<period>.csv}, unless a source rejected more
 * than {@code maxRejectRatio} of its rows.
 */
final class CompareTasklet implements Tasklet {

    private final JdbcTemplate jdbc;

    CompareTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobParameters parameters = contribution.getStepExecution().getJobParameters();
        RejectRatios.check(new IngestFiles(jdbc).totals(), parameters,
                counts -> "run monthly for the period to see the rejected rows");
        MetricsSettings settings = MetricsSettings.from(parameters);
        String programmeId = parameters.getString(ComparisonParameters.PROGRAMME);
        String cohortA = parameters.getString(ComparisonParameters.COHORT_A);
        String cohortB = parameters.getString(ComparisonParameters.COHORT_B);
        MetricsRepository repository = new MetricsRepository(jdbc);
        MetricsEngine engine = new MetricsEngine(repository, settings);
        ProgrammeReport report = engine.programme(programmeId);
        List<MetricRow> rows = CohortComparison.rows(report, cohortA, cohortB, settings.lastDay(),
                settings.anonymityThreshold(), engine.workforce());
        Path base = ComparisonParameters.fileBase(parameters);
        Path file = base.resolveSibling(base.getFileName() + ".csv");
        MetricsFiles.writeMetrics(file, rows);
        new MetricStore(jdbc, settings).saveComparison(programmeId, cohortA, cohortB, rows);
        contribution.incrementWriteCount(rows.size());
        return RepeatStatus.FINISHED;
    }
}
