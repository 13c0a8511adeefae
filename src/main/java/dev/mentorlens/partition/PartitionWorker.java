package dev.mentorlens.partition;

import java.time.LocalDateTime;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * Takes a partition request from the broker and runs it with Spring Batch's request handler, after two
 * checks: the request was made by the same release (otherwise the partition is failed with a sentence
 * saying which release it needs), and the partition is still waiting (a request delivered again after a
 * broker or worker failure does not run a partition twice).
 */
final class PartitionWorker {

    private static final Log log = LogFactory.getLog(PartitionWorker.class);

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler handler;
    private final String release;
    private final String worker = WorkerName.ofThisProcess();

    PartitionWorker(JobRepository jobRepository, StepExecutionRequestHandler handler, String release) {
        this.jobRepository = jobRepository;
        this.handler = handler;
        this.release = release;
    }

    void handle(String text) {
        PartitionRequest request;
        try {
            request = PartitionRequest.parse(text);
        } catch (IllegalArgumentException e) {
            log.warn(e.getMessage());
            return;
        }
        StepExecution partition = jobRepository.getStepExecution(request.stepExecutionId());
        if (partition == null) {
            log.warn("Partition request for step execution " + request.stepExecutionId()
                    + ", which the job repository does not hold: this worker may use another database.");
            return;
        }
        if (!request.release().equals(release)) {
            refuse(partition, request);
            return;
        }
        if (partition.getStatus() != BatchStatus.STARTING) {
            log.info("Partition " + partition.getStepName() + " is " + partition.getStatus()
                    + " already; its request was delivered again and is ignored.");
            return;
        }
        StepExecution result = handler.handle(new StepExecutionRequest(request.step(), request.stepExecutionId()));
        if (result.getStatus() == BatchStatus.FAILED && result.getEndTime() == null) {
            // failed before the step could record its own end
            result.setEndTime(LocalDateTime.now());
            result.setExitStatus(ExitStatus.FAILED.addExitDescription(result.getFailureExceptions().isEmpty() ? ""
                    : String.valueOf(result.getFailureExceptions().get(0).getMessage())));
            jobRepository.update(result);
        }
    }

    private void refuse(StepExecution partition, PartitionRequest request) {
        String sentence = "Partition " + partition.getStepName() + " was refused by worker " + worker
                + ", which runs release " + release + " while the run needs release " + request.release()
                + "; start workers of release " + request.release() + ", then restart the run.";
        log.warn(sentence);
        if (!partition.getStatus().isRunning()) {
            return;
        }
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(sentence));
        partition.setEndTime(LocalDateTime.now());
        jobRepository.update(partition);
    }
}
