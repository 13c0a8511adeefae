package dev.mentorlens.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes over the results of the earlier run the decider chose: copies the published folder of the
 * period into the staging folder (all but the manifest, which publishing writes anew, and the rejects,
 * which the input check wrote), checks every copy against the published manifest, and leaves the
 * period's tables as they are: that run was the last to replace them. Publishing then goes on as usual.
 */
final class ReuseResultsTasklet implements Tasklet {

    private final OutputFolders folders;
    private final String period;

    ReuseResultsTasklet(OutputFolders folders, String period) {
        this.folders = folders;
        this.period = period;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
        long computedBy = job.getLong(ResultsReuseDecider.REUSED_COMPUTED_BY);
        long publishedBy = job.getLong(ResultsReuseDecider.REUSED_PUBLISHED_BY);
        Path published = folders.published(period);
        Path staging = folders.staging(period);
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(published.resolve("manifest.json")));
        folders.keepOtherProgrammes(period);
        Optional<String> changed = EarlierResults.changedOutput(staging, manifest, true);
        if (changed.isPresent()) {
            throw new IllegalStateException("The published file " + changed.get() + " of " + period + " changed while"
                    + " run " + computedBy + "'s results were copied from " + published + "; restart this run to"
                    + " compute them again.");
        }
        contribution.incrementWriteCount(manifest.path("outputs").size());
        String sentence = RunSummary.reusedNotice(computedBy, publishedBy);
        job.putString(RunSummary.REUSED_KEY, sentence);
        contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(sentence));
        return RepeatStatus.FINISHED;
    }
}
