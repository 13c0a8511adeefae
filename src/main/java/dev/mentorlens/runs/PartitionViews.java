package dev.mentorlens.runs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.mentorlens.partition.PartitionWorkers;
import dev.mentorlens.partition.ProgrammePartitioner;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The partitions of a run's partitioned steps, grouped by step: Spring Batch records each as a step of
 * the run named {@code <step>:<partition>}, and {@code partition_worker} says which process took it and
 * when it last beat.
 */
@Component
class PartitionViews {

    private final PartitionWorkers workers;
    private final ProcessLiveness owners;

    PartitionViews(PartitionWorkers workers, ProcessLiveness owners) {
        this.workers = workers;
        this.owners = owners;
    }

    static boolean isPartition(StepExecution step) {
        return step.getStepName().indexOf(':') > 0;
    }

    /** The partitions of each partitioned step by the step's name, in the order given; none for a run without. */
    Map<String, List<PartitionView>> of(JobExecution execution, List<StepExecution> steps) {
        List<StepExecution> partitions = steps.stream().filter(PartitionViews::isPartition).toList();
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<Long, PartitionWorkers.Entry> taken = workers.ofJob(execution.getId()).stream()
                .collect(Collectors.toMap(PartitionWorkers.Entry::stepExecutionId, Function.identity()));
        String owner = owners.ownerOf(execution.getId());
        Map<String, List<PartitionView>> byStep = new LinkedHashMap<>();
        for (StepExecution partition : partitions) {
            String name = partition.getStepName();
            int colon = name.indexOf(':');
            byStep.computeIfAbsent(name.substring(0, colon), step -> new ArrayList<>())
                    .add(view(name.substring(colon + 1), partition, taken.get(partition.getId()), owner));
        }
        return byStep;
    }

    private static PartitionView view(String name, StepExecution partition, PartitionWorkers.Entry worker,
            String owner) {
        String state = partition.getStatus().name();
        boolean running = partition.getStatus().isRunning();
        Long heartbeat = running && worker != null && worker.finishedAt() == null
                ? Long.valueOf(worker.silentFor().toSeconds()) : null;
        String description = partition.getExitStatus().getExitDescription();
        return new PartitionView(name, ProgrammePartitioner.programmesOf(
                partition.getExecutionContext().getString(ProgrammePartitioner.PROGRAMMES, "")), 0,
                worker == null ? null : worker.worker(), worker != null && worker.worker().equals(owner), state,
                partition.getReadCount(), partition.getWriteCount(), duration(partition),
                heartbeat, partition.getStatus().isUnsuccessful() && description != null && !description.isBlank()
                        ? firstLine(description) : null);
    }

    private static Duration duration(StepExecution partition) {
        if (partition.getStartTime() == null) {
            return null;
        }
        LocalDateTime end = partition.getEndTime() != null ? partition.getEndTime() : LocalDateTime.now();
        return Duration.between(partition.getStartTime(), end);
    }

    /** A step that failed on an exception keeps its stack trace after the message: the first line says it. */
    private static String firstLine(String description) {
        return description.lines().findFirst().orElse(description).strip();
    }
}
