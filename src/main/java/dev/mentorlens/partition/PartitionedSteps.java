package dev.mentorlens.partition;

import java.util.Set;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;
import org.springframework.stereotype.Component;

/**
 * Builds partitioned steps: a manager step that splits the work with a partitioner and hands the
 * partitions to a worker step, on this process's threads or, in remote mode, to worker processes.
 *
 * <p>On a restart a manager runs again and, by default, so does every partition, since the inputs may
 * have changed. When the run marks its job context with {@link #KEEP_COMPLETED_PARTITIONS} (its inputs
 * and staged outputs are those of the failed execution), only the partitions that did not complete run.
 */
@Component
public class PartitionedSteps {

    /** Job context key: completed partitions of the failed execution are kept on this restart. */
    public static final String KEEP_COMPLETED_PARTITIONS = "partitions.keepCompleted";

    private final JobRepository jobRepository;
    private final PartitionSettings settings;
    private final PartitionWatchdog watchdog;
    private final PartitionBeats beats;
    private final ObjectProvider<MessageChannel> requests;

    PartitionedSteps(JobRepository jobRepository, PartitionSettings settings, PartitionWatchdog watchdog,
            PartitionBeats beats, @org.springframework.beans.factory.annotation.Qualifier(RemotePartitioning.REQUESTS)
            ObjectProvider<MessageChannel> requests) {
        this.jobRepository = jobRepository;
        this.settings = settings;
        this.watchdog = watchdog;
        this.beats = beats;
        this.requests = requests;
    }

    /** The listener every worker step needs: it records the worker and beats while the partition runs. */
    public StepExecutionListener workerListener() {
        return beats;
    }

    /**
     * A manager step named {@code name} running {@code worker} once per partition; on a restart its completed
     * partitions are kept when the run asks for it ({@link #KEEP_COMPLETED_PARTITIONS}).
     */
    public Step manager(String name, Step worker, Partitioner partitioner, StepExecutionListener... listeners) {
        return manager(name, worker, partitioner, true, listeners);
    }

    /**
     * A manager step whose partitions all run again on a restart, each from where its last execution
     * stopped: for work that itself knows what is left (files read to their end are not read again).
     */
    public Step resumingManager(String name, Step worker, Partitioner partitioner,
            StepExecutionListener... listeners) {
        return manager(name, worker, partitioner, false, listeners);
    }

    private Step manager(String name, Step worker, Partitioner partitioner, boolean keepCompletedWhenAsked,
            StepExecutionListener... listeners) {
        var builder = new StepBuilder(name, jobRepository)
                .partitioner(worker)
                .splitter(new RestartAwareSplitter(name, partitioner, keepCompletedWhenAsked))
                .partitionHandler(handler(worker))
                .listener(watchdog);
        for (StepExecutionListener listener : listeners) {
            builder.listener(listener);
        }
        return builder.allowStartIfComplete(true).build();
    }

    private PartitionHandler handler(Step worker) {
        try {
            if (settings.remote()) {
                MessageChannel channel = requests.getIfAvailable();
                if (channel == null) {
                    throw new IllegalStateException("Remote partitioning has no request channel.");
                }
                MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
                handler.setStepName(worker.getName());
                handler.setGridSize(settings.count());
                // with a job repository the manager polls it for the partitions' results: no reply queue
                handler.setJobRepository(jobRepository);
                handler.setPollInterval(settings.pollInterval().toMillis());
                MessagingTemplate template = new MessagingTemplate();
                template.setDefaultChannel(channel);
                handler.setMessagingOperations(template);
                handler.afterPropertiesSet();
                return handler;
            }
            SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("partition-");
            threads.setConcurrencyLimit(settings.poolSize());
            TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
            handler.setStep(worker);
            handler.setTaskExecutor(threads);
            handler.setGridSize(settings.count());
            handler.afterPropertiesSet();
            return handler;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the partitions of " + worker.getName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Spring Batch's splitter, told per execution whether completed partitions run again. */
    private final class RestartAwareSplitter implements StepExecutionSplitter {

        private final String stepName;
        private final Partitioner partitioner;
        private final boolean keepCompletedWhenAsked;

        RestartAwareSplitter(String stepName, Partitioner partitioner, boolean keepCompletedWhenAsked) {
            this.stepName = stepName;
            this.partitioner = partitioner;
            this.keepCompletedWhenAsked = keepCompletedWhenAsked;
        }

        @Override
        public String getStepName() {
            return stepName;
        }

        @Override
        public Set<StepExecution> split(StepExecution manager, int gridSize)
                throws org.springframework.batch.core.job.JobExecutionException {
            JobExecution job = manager.getJobExecution();
            boolean keepCompleted = keepCompletedWhenAsked
                    && Boolean.TRUE.equals(job.getExecutionContext().get(KEEP_COMPLETED_PARTITIONS));
            SimpleStepExecutionSplitter splitter = new SimpleStepExecutionSplitter(jobRepository, stepName, partitioner);
            splitter.setAllowStartIfComplete(!keepCompleted);
            return splitter.split(manager, gridSize);
        }
    }
}
