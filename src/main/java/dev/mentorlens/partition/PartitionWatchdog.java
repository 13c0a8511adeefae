package dev.mentorlens.partition;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Watches the partitions of a partitioned step while its manager waits for them. A partition whose worker
 * stopped beating, or that no worker took in time, is marked FAILED with a sentence naming it: the
 * manager, which polls the job repository, then sees every partition finished, the step and the run
 * fail, and a restart runs again only the partitions that did not complete.
 */
@Component
public class PartitionWatchdog implements StepExecutionListener, DisposableBean {

    private static final Log log = LogFactory.getLog(PartitionWatchdog.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final JobRepository jobRepository;
    private final PartitionWorkers workers;
    private final PartitionSettings settings;
    private final Map<Long, ScheduledFuture<?>> watches = new ConcurrentHashMap<>();
    private final Map<Long, Long> waitingSince = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checking = DaemonTimer.named("partition-watchdog");

    PartitionWatchdog(JobRepository jobRepository, PartitionWorkers workers, PartitionSettings settings) {
        this.jobRepository = jobRepository;
        this.workers = workers;
        this.settings = settings;
    }

    @Override
    public void beforeStep(StepExecution manager) {
        long every = settings.heartbeat().toMillis();
        watches.put(manager.getId(), checking.scheduleWithFixedDelay(() -> checkQuietly(manager), every, every,
                TimeUnit.MILLISECONDS));
    }

    @Override
    public ExitStatus afterStep(StepExecution manager) {
        ScheduledFuture<?> watch = watches.remove(manager.getId());
        if (watch != null) {
            watch.cancel(false);
        }
        // a manager that failed before its partitions were taken (the broker refused the requests) leaves
        // none waiting: a restart could not run them again
        if (manager.getStatus().isUnsuccessful()) {
            for (StepExecution partition : runningPartitions(manager)) {
                if (workers.of(partition.getId()).isEmpty()) {
                    fail(partition, "Partition " + partition.getStepName() + " was not started: " + reason(manager));
                }
            }
        }
        return manager.getExitStatus();
    }

    private void checkQuietly(StepExecution manager) {
        try {
            check(manager);
        } catch (RuntimeException e) {
            log.warn("Cannot check the partitions of " + manager.getStepName() + ": " + e.getMessage());
        }
    }

    void check(StepExecution manager) {
        // partitions queue behind one another on busy workers: one waits too long only when none has run
        // for the whole pickup timeout
        long now = System.nanoTime();
        boolean anyAlive = false;
        List<StepExecution> waiting = new ArrayList<>();
        Map<Long, PartitionWorkers.Entry> workerOf = workers.ofJob(manager.getJobExecutionId()).stream()
                .collect(Collectors.toMap(PartitionWorkers.Entry::stepExecutionId, entry -> entry));
        for (StepExecution partition : runningPartitions(manager)) {
            PartitionWorkers.Entry entry = workerOf.get(partition.getId());
            if (entry == null) {
                waiting.add(partition);
                continue;
            }
            waitingSince.remove(partition.getId());
            if (entry.finishedAt() != null || entry.silentFor().compareTo(settings.deadAfter()) <= 0) {
                anyAlive = true;
                continue;
            }
            LocalDateTime lastBeat = LocalDateTime.now().minus(entry.silentFor());
            fail(partition, "Partition " + partition.getStepName() + describe(partition) + " stopped on worker "
                    + entry.worker() + ": no heartbeat since " + CLOCK.format(lastBeat) + " (more than "
                    + seconds(settings.deadAfter()) + "); restart the run to run it again.");
        }
        for (StepExecution partition : waiting) {
            long since = anyAlive ? now : waitingSince.computeIfAbsent(partition.getId(), id -> now);
            waitingSince.put(partition.getId(), since);
            if (now - since > settings.pickupTimeout().toNanos()) {
                waitingSince.remove(partition.getId());
                fail(partition, "Partition " + partition.getStepName() + describe(partition)
                        + " was not taken by any worker within " + seconds(settings.pickupTimeout())
                        + "; start a worker (mentorlens worker) of the same release, then restart the run.");
            }
        }
    }

    /** The partitions of this manager's execution not finished yet, as the job repository holds them. */
    private List<StepExecution> runningPartitions(StepExecution manager) {
        JobExecution job = jobRepository.getJobExecution(manager.getJobExecutionId());
        if (job == null) {
            return List.of();
        }
        String prefix = manager.getStepName() + ":";
        return job.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(prefix) && step.getStatus().isRunning()).toList();
    }

    private void fail(StepExecution partition, String sentence) {
        StepExecution current = jobRepository.getStepExecution(partition.getJobExecutionId(), partition.getId());
        if (current == null || !current.getStatus().isRunning()) {
            return;
        }
        current.setStatus(org.springframework.batch.core.BatchStatus.FAILED);
        current.setExitStatus(ExitStatus.FAILED.addExitDescription(sentence));
        current.setEndTime(LocalDateTime.now());
        try {
            jobRepository.update(current);
            log.warn(sentence);
        } catch (OptimisticLockingFailureException e) {
            // the partition moved on meanwhile: its worker is alive after all
        }
    }

    private static String describe(StepExecution partition) {
        String programmes = partition.getExecutionContext().getString(ProgrammePartitioner.PROGRAMMES, "");
        return programmes.isEmpty() ? "" : " (programmes " + programmes.replace(",", ", ") + ")";
    }

    private static String reason(StepExecution manager) {
        String description = manager.getExitStatus().getExitDescription();
        if (!manager.getFailureExceptions().isEmpty()) {
            Throwable root = manager.getFailureExceptions().get(0);
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }
        return description == null || description.isEmpty() ? "its step failed" : description.lines().findFirst().orElse("");
    }

    private static String seconds(Duration duration) {
        long s = duration.toSeconds();
        return s % 60 == 0 && s >= 60 ? (s / 60) + " min" : s + " s";
    }

    @Override
    public void destroy() {
        checking.shutdownNow();
    }
}
