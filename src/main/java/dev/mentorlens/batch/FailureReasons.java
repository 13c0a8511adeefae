package dev.mentorlens.batch;

import java.util.List;

import dev.mentorlens.ingest.InputFileException;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Stores why a run failed as one sentence in its exit description (instead of a stack trace), so
 * that {@code status}, the console and a restart in another process can show it.
 */
@Component
public class FailureReasons implements JobExecutionListener {

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
        String step = execution.getStepExecutions().stream().filter(s -> s.getStatus().isUnsuccessful())
                .map(s -> s.getStepName()).findFirst().orElse("the job");
        String cause = failures.isEmpty() ? firstLine(execution.getExitStatus().getExitDescription())
                : rootMessage(failures.get(0));
        execution.setExitStatus(new ExitStatus(execution.getExitStatus().getExitCode(), step + ": " + cause));
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
