package dev.mentorlens.runs;

import dev.mentorlens.batch.ComparisonParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Launches cohort comparisons; each request is a new run (run number + 1) since a comparison only reads. */
@Service
public class CohortComparisons {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job comparisonJob;

    CohortComparisons(JobOperator jobOperator, JobRepository jobRepository,
            @Qualifier(ComparisonParameters.JOB_NAME) Job comparisonJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.comparisonJob = comparisonJob;
    }

    public RunOutcome compare(CompareRequest request) throws Exception {
        JobExecution execution = jobOperator.start(comparisonJob, parameters(request, nextRun()));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return new RunOutcome(execution, "", 0);
        }
        return new RunOutcome(execution, PeriodRuns.failureMessage(execution), 1);
    }

    private long nextRun() {
        return jobRepository.findJobInstances(ComparisonParameters.JOB_NAME).size();
    }

    private static JobParameters parameters(CompareRequest request, long run) {
        return request.settings().settingsParameters()
                .addString(ComparisonParameters.PROGRAMME, request.programme())
                .addString(ComparisonParameters.COHORT_A, request.cohortA())
                .addString(ComparisonParameters.COHORT_B, request.cohortB())
                .addString(ComparisonParameters.PERIOD, request.settings().period())
                .addLong(ComparisonParameters.RUN, run)
                .toJobParameters();
    }
}
