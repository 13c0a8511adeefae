package dev.mentorlens.metrics;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the metrics step of a job ({@code <job>MetricsStep}). It runs again on a restart: its
 * files are rewritten and its tables replaced per period and programme.
 */
@Component
public class MetricsSteps {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JdbcTemplate jdbc;

    MetricsSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
    }

    public Step metricsStep(String jobName) {
        return new StepBuilder(jobName + "MetricsStep", jobRepository)
                .tasklet(new MetricsTasklet(jdbc), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
