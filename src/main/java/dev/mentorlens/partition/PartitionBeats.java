package dev.mentorlens.partition;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Listens to the worker side of every partitioned step: records which process runs a partition and
 * beats for it while it runs, so that the manager can tell a slow partition from a dead worker.
 */
@Component
public class PartitionBeats implements StepExecutionListener, DisposableBean {

    private static final Log log = LogFactory.getLog(PartitionBeats.class);

    private final PartitionWorkers workers;
    private final String worker = WorkerName.ofThisProcess();
    private final String release;
    private final ConcurrentHashMap<Long, Boolean> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService beating = DaemonTimer.named("partition-heartbeat");

    PartitionBeats(PartitionWorkers workers, Release release, PartitionSettings settings) {
        this.workers = workers;
        this.release = release.name();
        long every = settings.heartbeat().toMillis();
        beating.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        workers.started(stepExecution.getId(), stepExecution.getJobExecutionId(), worker, release);
        running.put(stepExecution.getId(), Boolean.TRUE);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        running.remove(stepExecution.getId());
        workers.finished(stepExecution.getId());
        return stepExecution.getExitStatus();
    }

    private void beat() {
        List<Long> ids = List.copyOf(running.keySet());
        if (ids.isEmpty()) {
            return;
        }
        try {
            workers.beat(ids);
        } catch (RuntimeException e) {
            // the next beat tries again; a database gone for longer fails the partition anyway
            log.warn("Cannot record the heartbeat of partitions " + ids + ": " + e.getMessage());
        }
    }

    @Override
    public void destroy() {
        beating.shutdownNow();
    }
}
