package dev.mentorlens.batch;

import java.nio.file.Path;
import java.util.Optional;

import dev.mentorlens.ingest.IngestFiles;
import dev.mentorlens.report.RenderingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decides, once the inputs are ingested and checked, whether the run computes its results or takes
 * over those of an earlier run of the period ({@link EarlierResults}). It runs again on a restart, so a
 * restarted run decides on what holds then. Records the run's results key, and which run it reuses,
 * in the job's execution context.
 */
final class ResultsReuseDecider implements JobExecutionDecider {

    static final FlowExecutionStatus COMPUTE = new FlowExecutionStatus("COMPUTE");
    static final FlowExecutionStatus REUSE = new FlowExecutionStatus("REUSE");

    /** Keys, in the job's execution context, of the runs whose results this run takes over (computed, published). */
    static final String REUSED_COMPUTED_BY = "results.reusedComputedBy";
    static final String REUSED_PUBLISHED_BY = "results.reusedPublishedBy";

    private static final Logger log = LoggerFactory.getLogger(ResultsReuseDecider.class);

    private final JdbcTemplate jdbc;
    private final EarlierResults earlier;
    private final RenderingSettings rendering;
    private final String build;

    ResultsReuseDecider(JdbcTemplate jdbc, EarlierResults earlier, RenderingSettings rendering, String build) {
        this.jdbc = jdbc;
        this.earlier = earlier;
        this.rendering = rendering;
        this.build = build;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        JobParameters parameters = jobExecution.getJobParameters();
        String period = parameters.getString(MonthlyParameters.PERIOD);
        String inputs = ProgrammeInputs.fingerprint(new IngestFiles(jdbc).files());
        String key = ResultsKey.of(build, parameters, inputs, rendering.fingerprint());
        ExecutionContext context = jobExecution.getExecutionContext();
        // a restarted execution starts from the context of the one before it: decide afresh
        context.putString(EarlierResults.KEY, key);
        context.remove(REUSED_COMPUTED_BY);
        context.remove(REUSED_PUBLISHED_BY);
        context.remove(RunSummary.REUSED_KEY);
        if (Boolean.parseBoolean(parameters.getString(MonthlyParameters.RECOMPUTE, "false"))) {
            log.info("Run {} computes the results of {}: asked to with --recompute.", jobExecution.getId(), period);
            return COMPUTE;
        }
        OutputFolders folders = new OutputFolders(Path.of(parameters.getString(MonthlyParameters.OUTPUT)));
        EarlierResults.Verdict verdict = earlier.find(jobExecution, period, key, inputs, folders.published(period),
                folders.staging(period));
        Optional<EarlierResults.Reusable> reusable = verdict.reusable();
        if (reusable.isEmpty()) {
            log.info("Run {} computes the results of {}: {}.", jobExecution.getId(), period, verdict.reason());
            return COMPUTE;
        }
        context.putLong(REUSED_COMPUTED_BY, reusable.get().computedBy());
        context.putLong(REUSED_PUBLISHED_BY, reusable.get().publishedBy());
        return REUSE;
    }
}
