package dev.mentorlens.batch;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.mentorlens.ingest.InputFileException;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Stores why a run failed as one sentence in its exit description (instead of a stack trace), so
 * that {@code status}, the console and a restart in another process can show it.
 */
@Component
public class FailureReasons implements JobExecutionListener {

    private static final Pattern EXCEPTION_NAME = Pattern.compile("^[\\w.$]+(Exception|Error): ");

    private final JobRepository jobRepository;

    FailureReasons(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** Marks a reason about the inputs: restarting cannot cure it, changing the inputs can. */
    public static final String INPUT_PROBLEM = "INPUT_PROBLEM";

    @Override
    public void afterJob(JobExecution execution) {
        if (!execution.getStatus().isUnsuccessful()) {
            return;
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof InputFileException) {
                    execution.setExitStatus(new ExitStatus(INPUT_PROBLEM, t.getMessage()));
                    return;
                }
            }
        }
        Optional<String> partition = failedPartition(execution);
        if (partition.isPresent()) {
            execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(), partition.get()));
            return;
        }
        String step = execution.getStepExecutions().stream().filter(s -> s.getStatus().isUnsuccessful())
                .map(s -> s.getStepName()).findFirst().orElse("the job");
        String cause = failures.isEmpty() ? firstLine(execution.getExitStatus().getExitDescription())
                : rootMessage(failures.get(0));
        execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(), step + ": " + cause));
    }

    /**
     * Why the first failed partition failed, as its worker recorded it: partitions may have run in other
     * processes, so they are read from the job repository, not from this process's memory.
     */
    private Optional<String> failedPartition(JobExecution execution) {
        JobExecution stored = jobRepository.getJobExecution(execution.getId());
        if (stored == null) {
            return Optional.empty();
        }
        return stored.getStepExecutions().stream()
                .filter(step -> step.getStepName().contains(":") && step.getStatus().isUnsuccessful())
                .min(Comparator.comparing(StepExecution::getId))
                .map(step -> {
                    String cause = execution.getStepExecutions().stream()
                            .filter(local -> local.getId() == step.getId() && !local.getFailureExceptions().isEmpty())
                            .map(local -> rootMessage(local.getFailureExceptions().get(0))).findFirst()
                            .orElseGet(() -> EXCEPTION_NAME.matcher(firstLine(step.getExitStatus().getExitDescription()))
                                    .replaceFirst(""));
                    return cause.startsWith("Partition ") ? cause : step.getStepName() + ": " + cause;
                });
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
