package dev.mentorlens.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.ingest.Ingest;
import dev.mentorlens.ingest.RejectRatios;
import dev.mentorlens.ingest.RejectsWriter;
import dev.mentorlens.ingest.SourceCounts;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the rejects of every source into the period's staging folder, keeps the per-source counts
 * in the job's context for the run summary, and fails the run when a source rejects more than
 * {@code maxRejectRatio} of its rows.
 */
final class InputCheckTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final Ingest ingest;
    private final OutputFolders folders;
    private final String period;
    private final double maxRejectRatio;

    InputCheckTasklet(JdbcTemplate jdbc, Ingest ingest, OutputFolders folders, String period, double maxRejectRatio) {
        this.jdbc = jdbc;
        this.ingest = ingest;
        this.folders = folders;
        this.period = period;
        this.maxRejectRatio = maxRejectRatio;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Path staging = folders.staging(period);
        try {
            // the first step that writes outputs starts from an empty folder: nothing stale is published
            folders.startStaging(period, contribution.getStepExecution().getJobExecutionId());
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
}
