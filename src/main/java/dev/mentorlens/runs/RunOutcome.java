package dev.mentorlens.runs;

import org.springframework.batch.core.job.JobExecution;

/** How a command ended: the execution it ran (if any), a message for the user and the exit code. */
public record RunOutcome(JobExecution execution, String message, int exitCode) {
}
