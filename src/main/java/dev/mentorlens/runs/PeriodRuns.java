package dev.mentorlens.runs;

import dev.mentorlens.batch.RunOwners;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.mentorlens.ingest.InputFileException;
import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.batch.OutputFolders;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Launches the monthly job under the SPEC rules: a completed period is left alone (rerun makes a
 * new run), a failed one is resumed, one whose process died is recovered first and then resumed.
 */
@Service
public class PeriodRuns {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job monthlyJob;
    private final RunOwners owners;

    PeriodRuns(JobOperator jobOperator, JobRepository jobRepository,
            @Qualifier(MonthlyParameters.JOB_NAME) Job monthlyJob, RunOwners owners) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.monthlyJob = monthlyJob;
        this.owners = owners;
    }

    public RunOutcome monthly(MonthlyRequest request) throws Exception {
        Optional<JobExecution> latest = latestRun(request.period(), request.programme());
        if (latest.isEmpty()) {
            return finish(jobOperator.start(monthlyJob, parameters(request, 0)));
        }
        JobExecution last = latest.get();
        if (last.getStatus() == BatchStatus.COMPLETED) {
            String folder = new OutputFolders(java.nio.file.Path.of(
                    last.getJobParameters().getString(MonthlyParameters.OUTPUT))).published(request.period()).toString();
            return new RunOutcome(last, "Period " + request.period() + describeProgramme(request.programme())
                    + " already completed at " + format(last.getEndTime()) + " (execution " + last.getId()
                    + "); its outputs are in " + folder + ". Use 'rerun --period " + request.period()
                    + "' to run it again.", 0);
        }
        long rerun = last.getJobParameters().getLong(MonthlyParameters.RERUN);
        return resume(last, () -> jobOperator.start(monthlyJob, parameters(request, rerun)));
    }

    public RunOutcome rerun(MonthlyRequest request) throws Exception {
        long next = latestRun(request.period(), request.programme())
                .map(e -> e.getJobParameters().getLong(MonthlyParameters.RERUN) + 1).orElse(0L);
        return finish(jobOperator.start(monthlyJob, parameters(request, next)));
    }

    public RunOutcome restart(long executionId) throws Exception {
        JobExecution execution = findExecution(executionId);
        if (execution == null) {
            return new RunOutcome(null, "There is no job execution with id " + executionId + ".", 2);
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new RunOutcome(execution, "Execution " + executionId + " completed at "
                    + format(execution.getEndTime()) + "; there is nothing to restart.", 0);
        }
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        return resume(last == null ? execution : last, null);
    }

    /**
     * Resumes the instance of {@code last}: with the given launch (new settings, same identity) or,
     * when null, with the parameters it was started with.
     */
    private RunOutcome resume(JobExecution last, Launch launch) throws Exception {
        if (last.getStatus().isRunning()) {
            if (owners.isAlive(last.getId())) {
                return new RunOutcome(last, "Execution " + last.getId() + " is still running in "
                        + owners.describe(last.getId()) + "; wait for it to end.", 1);
            }
            last = jobOperator.recover(last);
        }
        if (last.getStatus() == BatchStatus.ABANDONED) {
            return new RunOutcome(last, "Execution " + last.getId() + " was abandoned and cannot be resumed;"
                    + " use rerun.", 1);
        }
        return finish(launch == null ? jobOperator.restart(last) : launch.run());
    }

    @FunctionalInterface
    private interface Launch {
        JobExecution run() throws Exception;
    }

    private JobExecution findExecution(long executionId) {
        try {
            return jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private RunOutcome finish(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new RunOutcome(execution, "", 0);
        }
        return new RunOutcome(execution, failureMessage(execution), 1);
    }

    /** One sentence for the user: the input problem if there was one, else the step and the cause. */
    static String failureMessage(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof InputFileException) {
                    return t.getMessage();
                }
            }
        }
        String step = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus().isUnsuccessful()).map(s -> s.getStepName()).findFirst().orElse("the job");
        String cause = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
                : rootMessage(failures.get(0));
        return "Run " + execution.getId() + " failed in " + step + ": " + cause
                + " (resume it with 'restart " + execution.getId() + "').";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The last execution of the latest run (highest rerun number) of the period and programme. */
    public Optional<JobExecution> latestRun(String period, String programme) {
        return jobRepository.findJobInstances(MonthlyParameters.JOB_NAME).stream()
                .map(jobRepository::getLastJobExecution)
                .filter(e -> e != null && period.equals(e.getJobParameters().getString(MonthlyParameters.PERIOD))
                        && programme.equals(e.getJobParameters().getString(MonthlyParameters.PROGRAMME)))
                .max(Comparator.comparing((JobExecution e) -> e.getJobParameters().getLong(MonthlyParameters.RERUN))
                        .thenComparing(JobExecution::getId));
    }

    private static JobParameters parameters(MonthlyRequest request, long rerun) {
        return request.settingsParameters()
                .addString(MonthlyParameters.PERIOD, request.period())
                .addString(MonthlyParameters.PROGRAMME, request.programme())
                .addLong(MonthlyParameters.RERUN, rerun)
                .toJobParameters();
    }

    private static String describeProgramme(String programme) {
        return MonthlyParameters.ALL_PROGRAMMES.equals(programme) ? "" : " for programme " + programme;
    }

    private static String format(LocalDateTime time) {
        return time == null ? "an unknown time" : WHEN.format(time);
    }
}
