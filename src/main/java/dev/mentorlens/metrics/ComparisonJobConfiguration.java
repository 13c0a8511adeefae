package dev.mentorlens.metrics;

import static dev.mentorlens.metrics.ComparisonParameters.JOB_NAME;

import dev.mentorlens.ingest.IngestSteps;
import dev.mentorlens.ingest.Source;
import dev.mentorlens.report.ReportSteps;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The cohort comparison job: plan and ingest every source, then write the comparison CSV of two
 * cohorts of a programme for a period. Identified by programme, cohorts, period and run number.
 */
@Configuration(proxyBeanMethods = false)
class ComparisonJobConfiguration {

    @Bean
    Job cohortComparisonJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestSteps ingestSteps, ReportSteps reportSteps, JdbcTemplate jdbc) {
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository)
                .validator(new DefaultJobParametersValidator(
                        new String[] {ComparisonParameters.PROGRAMME, ComparisonParameters.COHORT_A,
                            ComparisonParameters.COHORT_B, ComparisonParameters.PERIOD, ComparisonParameters.INPUT,
                            ComparisonParameters.OUTPUT},
                        new String[0]))
                .start(ingestSteps.planStep(JOB_NAME));
        for (Source source : Source.values()) {
            job = job.next(ingestSteps.ingestStep(JOB_NAME, source));
        }
        return job.next(new StepBuilder(JOB_NAME + "CompareStep", jobRepository)
                .tasklet(new CompareTasklet(jdbc), transactionManager)
                .allowStartIfComplete(true)
                .build())
                .next(reportSteps.comparisonWorkbookStep(JOB_NAME))
                .build();
    }
}
