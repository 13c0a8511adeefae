package dev.mentorlens.runs;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import dev.mentorlens.batch.InvalidInputFilesException;
import dev.mentorlens.batch.ComparisonParameters;
import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.batch.OutputFolders;
import dev.mentorlens.runs.LaunchResult.Folders;
import dev.mentorlens.runs.LaunchResult.Outcome;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Launches, reruns, restarts, stops, releases and lists runs, and answers with data. The rules: a
 * completed period is left alone (rerun makes a new run), a failed one is resumed, one whose process
 * died is recovered first and then resumed. Each launch can run here or on the task executor.
 */
@Service
public class Runs {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job monthlyJob;
    private final Job comparisonJob;
    private final ProcessLiveness owners;
    private final RunViews views;
    private final RunLocks locks;
    private final JdbcTemplate jdbc;
    private final TaskExecutor taskExecutor;

    Runs(JobOperator jobOperator, JobRepository jobRepository, @Qualifier(MonthlyParameters.JOB_NAME) Job monthlyJob,
            @Qualifier(ComparisonParameters.JOB_NAME) Job comparisonJob, ProcessLiveness owners, RunViews views,
            RunLocks locks, JdbcTemplate jdbc, @Qualifier("applicationTaskExecutor") TaskExecutor taskExecutor) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.monthlyJob = monthlyJob;
        this.comparisonJob = comparisonJob;
        this.owners = owners;
        this.views = views;
        this.locks = locks;
        this.jdbc = jdbc;
        this.taskExecutor = taskExecutor;
    }

    /** Runs a launch on the task executor; the run shows in {@link #list(int)} while it runs. */
    public CompletableFuture<LaunchResult> inBackground(Supplier<LaunchResult> launch) {
        return CompletableFuture.supplyAsync(launch, taskExecutor);
    }

    public LaunchResult monthly(MonthlyRequest request) {
        Optional<JobExecution> latest = latestRun(request.period(), request.programme());
        if (latest.isEmpty()) {
            return checked(monthlyJob, request.jobParameters(0)).orElseGet(() -> launch(request.resources(),
                    request.output(), none -> jobOperator.start(monthlyJob, request.jobParameters(0))));
        }
        JobExecution last = latest.get();
        if (last.getStatus() == BatchStatus.COMPLETED) {
            Folders requested = new Folders(request.input(), request.output());
            Folders used = folders(last);
            return new LaunchResult(requested.equals(used) ? Outcome.ALREADY_COMPLETED
                    : Outcome.COMPLETED_FOR_OTHER_FOLDERS, views.of(last), requested, null);
        }
        long rerun = last.getJobParameters().getLong(MonthlyParameters.RERUN);
        return checked(monthlyJob, request.jobParameters(rerun)).orElseGet(() -> resume(last,
                recovered -> jobOperator.start(monthlyJob, request.jobParameters(rerun))));
    }

    public LaunchResult rerun(MonthlyRequest request) {
        long next = latestRun(request.period(), request.programme())
                .map(e -> e.getJobParameters().getLong(MonthlyParameters.RERUN) + 1).orElse(0L);
        return checked(monthlyJob, request.jobParameters(next)).orElseGet(() -> launch(request.resources(),
                request.output(), none -> jobOperator.start(monthlyJob, request.jobParameters(next))));
    }

    /** Each comparison is a new run (run number + 1): a comparison only reads. */
    public LaunchResult compare(CompareRequest request) {
        long run = jobRepository.findJobInstances(ComparisonParameters.JOB_NAME).size();
        return checked(comparisonJob, request.jobParameters(run)).orElseGet(() -> launch(
                List.of(RunLocks.INGEST_TABLES), request.settings().output(),
                none -> jobOperator.start(comparisonJob, request.jobParameters(run))));
    }

    public LaunchResult restart(long executionId) {
        JobExecution execution = find(executionId);
        if (execution == null) {
            return LaunchResult.of(Outcome.NOT_FOUND, null);
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return LaunchResult.of(Outcome.NOTHING_TO_DO, views.of(execution));
        }
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        return resume(last == null ? execution : last, jobOperator::restart);
    }

    /** Asks a running execution to stop at its next commit; it can be restarted later. */
    public LaunchResult stop(long executionId) {
        JobExecution execution = find(executionId);
        if (execution == null) {
            return LaunchResult.of(Outcome.NOT_FOUND, null);
        }
        if (!execution.getStatus().isRunning()) {
            return LaunchResult.of(Outcome.NOTHING_TO_DO, views.of(execution));
        }
        try {
            jobOperator.stop(execution);
        } catch (JobExecutionNotRunningException e) {
            return LaunchResult.of(Outcome.NOTHING_TO_DO, views.of(execution));
        }
        return LaunchResult.of(Outcome.STOP_REQUESTED, views.of(find(executionId)));
    }

    /**
     * Declares a run dead: frees the locks its process held and marks it FAILED, so that it can be
     * restarted. Refused while its process is seen alive on this host or its lease is being renewed.
     */
    public LaunchResult release(long executionId) {
        JobExecution execution = find(executionId);
        if (execution == null) {
            return LaunchResult.of(Outcome.NOT_FOUND, null);
        }
        if (!execution.getStatus().isRunning()) {
            return LaunchResult.of(Outcome.NOTHING_TO_DO, views.of(execution));
        }
        if (owners.isAlive(executionId)) {
            return LaunchResult.of(Outcome.STILL_RUNNING, views.of(execution));
        }
        locks.releaseAllOf(owners.tokenOf(executionId));
        return LaunchResult.of(Outcome.RELEASED, views.of(jobOperator.recover(execution)));
    }

    /** The most recent runs, newest first. */
    public List<RunView> list(int limit) {
        return jdbc.queryForList("select job_execution_id from batch_job_execution order by job_execution_id desc"
                + " limit ?", Long.class, limit).stream().map(id -> views.of(jobRepository.getJobExecution(id)))
                .toList();
    }

    /**
     * The monthly run of a period and programme that a live process is running now, if any: a second
     * launch of it would only wait for the first one's locks and be refused.
     */
    public Optional<RunView> running(String period, String programme) {
        return latestRun(period, programme)
                .filter(e -> e.getStatus().isRunning() && owners.isAlive(e.getId()))
                .map(views::of);
    }

    public Optional<RunView> view(long executionId) {
        return Optional.ofNullable(find(executionId)).map(views::of);
    }

    private LaunchResult resume(JobExecution last, Launch launch) {
        if (last.getStatus().isRunning()) {
            if (owners.isAlive(last.getId())) {
                return LaunchResult.of(Outcome.STILL_RUNNING, views.of(last));
            }
            last = jobOperator.recover(last);
        }
        if (last.getStatus() == BatchStatus.ABANDONED) {
            return LaunchResult.of(Outcome.ABANDONED, views.of(last));
        }
        JobParameters parameters = last.getJobParameters();
        List<String> resources = MonthlyParameters.JOB_NAME.equals(last.getJobInstance().getJobName())
                ? List.of(RunLocks.INGEST_TABLES, RunLocks.publishing(parameters.getString(MonthlyParameters.PERIOD),
                        parameters.getString(MonthlyParameters.PROGRAMME)))
                : List.of(RunLocks.INGEST_TABLES);
        JobExecution recovered = last;
        return launch(resources, parameters.getString(MonthlyParameters.OUTPUT), none -> launch.run(recovered));
    }

    /**
     * Runs the job's parameter validator (and with it the pre-flight checks) before anything is
     * recorded: the job operator would record the job instance first.
     */
    private static Optional<LaunchResult> checked(Job job, JobParameters parameters) {
        try {
            job.getJobParametersValidator().validate(parameters);
            return Optional.empty();
        } catch (InvalidJobParametersException e) {
            return Optional.of(new LaunchResult(e instanceof InvalidInputFilesException ? Outcome.INVALID_INPUT_FILES
                    : Outcome.INVALID, null, null, e.getMessage()));
        }
    }

    /** Launches holding the output folder and the resources, or answers why it cannot. */
    private LaunchResult launch(List<String> resources, String output, Launch launch) {
        try (OutputFolders.Lock folder = new OutputFolders(Path.of(output)).lock();
                RunLocks.Held held = locks.acquire(resources)) {
            JobExecution execution = launch.run(null);
            return LaunchResult.of(execution.getStatus() == BatchStatus.COMPLETED ? Outcome.COMPLETED
                    : Outcome.FAILED, views.launched(execution));
        } catch (RunLocks.LockedException | OutputFolders.OutputFolderBusyException e) {
            return new LaunchResult(Outcome.LOCKED, null, null, e.getMessage());
        } catch (InvalidJobParametersException e) {
            return new LaunchResult(Outcome.INVALID, null, null, e.getMessage());
        } catch (JobInstanceAlreadyCompleteException | JobExecutionAlreadyRunningException e) {
            return new LaunchResult(Outcome.LOCKED, null, null, "Another run of the same period started or ended"
                    + " meanwhile; run the command again to see its state.");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Starts or restarts a job; takes the execution to resume (recovered if its process died), or null. */
    @FunctionalInterface
    private interface Launch {
        JobExecution run(JobExecution last) throws Exception;
    }

    /** The last execution of an instance, or null for an instance recorded without one. */
    private JobExecution lastExecution(JobInstance instance) {
        try {
            return jobRepository.getLastJobExecution(instance);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private JobExecution find(long executionId) {
        try {
            return jobRepository.getJobExecution(executionId);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private static Folders folders(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        return new Folders(parameters.getString(MonthlyParameters.INPUT), parameters.getString(MonthlyParameters.OUTPUT));
    }

    /** The last execution of the latest run (highest rerun number) of the period and programme. */
    private Optional<JobExecution> latestRun(String period, String programme) {
        return jobRepository.findJobInstances(MonthlyParameters.JOB_NAME).stream()
                .map(this::lastExecution)
                .filter(e -> e != null && period.equals(e.getJobParameters().getString(MonthlyParameters.PERIOD))
                        && programme.equals(e.getJobParameters().getString(MonthlyParameters.PROGRAMME)))
                .max(Comparator.comparing((JobExecution e) -> e.getJobParameters().getLong(MonthlyParameters.RERUN))
                        .thenComparing(JobExecution::getId));
    }
}
