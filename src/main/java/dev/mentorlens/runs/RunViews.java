package dev.mentorlens.runs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.mentorlens.batch.FailureReasons;
import dev.mentorlens.batch.IngestStepNames;
import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.batch.RunSummary;
import dev.mentorlens.ingest.IngestNotices;
import dev.mentorlens.ingest.SourceCounts;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Turns job executions as the repository holds them into {@link RunView}s. */
@Component
class RunViews {

    private final ProcessLiveness owners;
    private final IngestNotices notices;
    private final PartitionViews partitions;

    RunViews(ProcessLiveness owners, IngestNotices notices, PartitionViews partitions) {
        this.owners = owners;
        this.notices = notices;
        this.partitions = partitions;
    }

    /** The view of a run as listed: without its notices, which read the warnings table. */
    RunView of(JobExecution execution) {
        return of(execution, List.of());
    }

    /** The view of a run this process just ran: with the sentences about its inputs under its counts. */
    RunView launched(JobExecution execution) {
        return of(execution, execution.getExecutionContext().containsKey(RunSummary.COUNTS_KEY)
                ? notices.lines(execution.getExecutionContext()) : List.of());
    }

    private RunView of(JobExecution execution, List<String> runNotices) {
        Map<String, String> identifying = new TreeMap<>();
        for (JobParameter<?> parameter : execution.getJobParameters().getIdentifyingParameters()) {
            identifying.put(parameter.name(), String.valueOf(parameter.value()));
        }
        List<SourceCounts> sources = RunSummary.decode(execution.getExecutionContext()
                .getString(RunSummary.COUNTS_KEY, null));
        // an ingest step keeps its rejected rows (rejects files) rather than skipping them: count those
        Map<String, Integer> rejectedByStep = new HashMap<>();
        for (SourceCounts source : sources) {
            rejectedByStep.put(IngestStepNames.of(source.source()), source.rejected());
        }
        List<StepExecution> executed = execution.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId)).toList();
        Map<String, List<PartitionView>> partitioned = partitions.of(execution, executed);
        List<RunView.StepView> steps = executed.stream()
                .filter(s -> !PartitionViews.isPartition(s))
                .map(s -> new RunView.StepView(s.getStepName(), s.getStatus().name(), s.getReadCount(),
                        s.getWriteCount(), s.getSkipCount() + s.getFilterCount()
                                + rejectedByStep.getOrDefault(s.getStepName(), 0),
                        partitioned.getOrDefault(s.getStepName(), List.of())))
                .toList();
        boolean failed = execution.getStatus().isUnsuccessful();
        String reason = failed ? execution.getExitStatus().getExitDescription() : null;
        return new RunView(execution.getId(), execution.getJobInstance().getJobName(), identifying,
                execution.getJobParameters().getString(MonthlyParameters.INPUT),
                execution.getJobParameters().getString(MonthlyParameters.OUTPUT), state(execution),
                execution.getStartTime(), execution.getEndTime(),
                execution.getStartTime() == null || execution.getEndTime() == null ? null
                        : Duration.between(execution.getStartTime(), execution.getEndTime()),
                steps, reason == null || reason.isBlank() ? null : reason,
                failed && FailureReasons.INPUT_PROBLEM.equals(execution.getExitStatus().getExitCode()),
                sources,
                execution.getExecutionContext().containsKey(RunSummary.COUNTS_KEY)
                        ? notices(execution) : List.of(),
                RunSummary.reusedNotice(execution.getExecutionContext()));
    }

    private List<String> notices(JobExecution execution) {
        List<String> lines = new ArrayList<>(notices.lines(execution.getExecutionContext()));
        lines.addAll(RunSummary.publishNotices(execution.getExecutionContext()));
        return lines;
    }

    private RunState state(JobExecution execution) {
        BatchStatus status = execution.getStatus();
        if (status.isRunning() && !owners.isAlive(execution.getId()) && !owners.isBeingLaunched(execution.getId())) {
            return RunState.DIED;
        }
        return RunState.valueOf(status.name());
    }
}
