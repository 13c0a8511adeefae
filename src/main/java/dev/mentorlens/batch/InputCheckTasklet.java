package dev.mentorlens.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import dev.mentorlens.ingest.Ingest;
import dev.mentorlens.ingest.RejectRatios;
import dev.mentorlens.ingest.RejectsWriter;
import dev.mentorlens.ingest.SourceCounts;
import dev.mentorlens.partition.PartitionedSteps;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the period's staging folder (or, on a restart whose inputs did not change, keeps the failed
 * execution's), writes the rejects of every source into it, keeps the per-source counts
 * in the job's context for the run summary, and fails the run when a source rejects more than
 * {@code maxRejectRatio} of its rows.
 */
final class InputCheckTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final JobRepository jobRepository;
    private final Ingest ingest;
    private final OutputFolders folders;
    private final String period;
    private final double maxRejectRatio;

    InputCheckTasklet(JdbcTemplate jdbc, JobRepository jobRepository, Ingest ingest, OutputFolders folders,
            String period, double maxRejectRatio) {
        this.jdbc = jdbc;
        this.jobRepository = jobRepository;
        this.ingest = ingest;
        this.folders = folders;
        this.period = period;
        this.maxRejectRatio = maxRejectRatio;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path staging = folders.staging(period);
        JobExecution job = contribution.getStepExecution().getJobExecution();
        try {
            OptionalLong failed = restartedWithSameInputs(job);
            if (failed.isPresent() && folders.adoptStaging(period, failed.getAsLong(), job.getId())) {
                // the failed execution's staged outputs are still right: its completed partitions are kept
                job.getExecutionContext().put(PartitionedSteps.KEEP_COMPLETED_PARTITIONS, Boolean.TRUE);
            } else {
                // the first step that writes outputs starts from an empty folder: nothing stale is published
                job.getExecutionContext().remove(PartitionedSteps.KEEP_COMPLETED_PARTITIONS);
                folders.startStaging(period, job.getId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + staging + ": " + e.getMessage(), e);
        }
        Path rejectsDir = staging.resolve("rejects");
        new RejectsWriter(jdbc).writeAll(rejectsDir);

        List<SourceCounts> totals = ingest.totals();
        contribution.getStepExecution().getJobExecution().getExecutionContext()
                .putString(RunSummary.COUNTS_KEY, RunSummary.encode(totals));
        RejectRatios.check(totals, maxRejectRatio,
                counts -> "the rejected rows are listed in " + rejectsDir.resolve(counts.source() + ".csv"));
        return RepeatStatus.FINISHED;
    }

    /**
     * The failed execution this one restarts, when this execution's ingest read nothing: the inputs are
     * those the failed one saw. Empty for a first execution or when some source was read again.
     */
    private OptionalLong restartedWithSameInputs(JobExecution job) {
        boolean ingestedNothing = job.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("ingest"))
                .allMatch(step -> step.getReadCount() == 0 && step.getWriteCount() == 0);
        if (!ingestedNothing) {
            return OptionalLong.empty();
        }
        return jobRepository.getJobExecutions(job.getJobInstance()).stream()
                .filter(earlier -> earlier.getId() < job.getId() && earlier.getStatus().isUnsuccessful())
                .mapToLong(JobExecution::getId).max();
    }
}
