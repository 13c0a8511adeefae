package dev.mentorlens.monthly;

import dev.mentorlens.ingest.IngestSteps;
import dev.mentorlens.ingest.Source;
import dev.mentorlens.metrics.MetricsSteps;
import dev.mentorlens.report.ReportSteps;
import static dev.mentorlens.monthly.MonthlyParameters.JOB_NAME;

import dev.mentorlens.ops.RunOwners;
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
 * The monthly report job: plan and ingest every source, check the inputs (rejects files, reject
 * ratios), then publish the period folder. Identified by period, programme and rerun number.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyReportJobConfiguration {

    @Bean
    Job monthlyReportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestSteps ingestSteps, MetricsSteps metricsSteps, ReportSteps reportSteps, JdbcTemplate jdbc,
            RunOwners runOwners) {
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository).listener(runOwners)
                .start(ingestSteps.planStep(JOB_NAME));
        for (Source source : Source.values()) {
            job = job.next(ingestSteps.ingestStep(JOB_NAME, source));
        }
        return job
                .next(new StepBuilder(JOB_NAME + "CheckInputsStep", jobRepository)
                        .tasklet(new InputCheckTasklet(jdbc), transactionManager)
                        .allowStartIfComplete(true)
                        .build())
                .next(metricsSteps.metricsStep(JOB_NAME))
                .next(reportSteps.workbooksStep(JOB_NAME))
                .next(new StepBuilder(JOB_NAME + "PublishStep", jobRepository)
                        .tasklet(new PublishTasklet(jdbc), transactionManager)
                        .build())
                .build();
    }
}
