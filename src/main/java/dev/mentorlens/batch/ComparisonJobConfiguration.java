package dev.mentorlens.batch;

import static dev.mentorlens.batch.ComparisonParameters.JOB_NAME;
import static dev.mentorlens.batch.JobParameterValues.*;

import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.ingest.Ingest;
import dev.mentorlens.ingest.RejectRatios;
import dev.mentorlens.metrics.CohortComparisonFile;
import dev.mentorlens.metrics.MetricsSettings;
import dev.mentorlens.report.ComparisonWorkbookFile;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The cohort comparison job: plan and ingest every source, then write the comparison CSV and
 * workbook of two cohorts of a programme for a period. Identified by programme, cohorts, period and
 * run number.
 */
@Configuration(proxyBeanMethods = false)
class ComparisonJobConfiguration {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ProgressReporting progress;

    ComparisonJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ProgressReporting progress) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.progress = progress;
    }

    @Bean(JOB_NAME)
    Job cohortComparisonJob(BeanFactory steps, RunOwners runOwners, FailureReasons failureReasons,
            Preflight preflight) {
        JobBuilder job = new JobBuilder(JOB_NAME, jobRepository).listener(runOwners).listener(failureReasons)
                .validator(new RunParametersValidator(List.of(ComparisonParameters.PROGRAMME,
                        ComparisonParameters.COHORT_A, ComparisonParameters.COHORT_B, ComparisonParameters.PERIOD,
                        ComparisonParameters.RUN, ComparisonParameters.INPUT, ComparisonParameters.OUTPUT), preflight));
        return IngestStepsConfiguration.startWithIngest(job, steps)
                .next(steps.getBean("compareStep", Step.class))
                .next(steps.getBean("comparisonWorkbookStep", Step.class))
                .end()
                .build();
    }

    @Bean
    Step compareStep(Tasklet compareTasklet) {
        return step("compareStep", compareTasklet);
    }

    /** Writes {@code <output>/compare/<programme>/<A>-vs-<B>-<period>.csv}, unless a source rejected too many rows. */
    @Bean
    @StepScope
    Tasklet compareTasklet(CohortComparisonFile comparisons, Ingest ingest, @Value(PERIOD) String period,
            @Value(PROGRAMME) String programme, @Value(COHORT_A) String cohortA, @Value(COHORT_B) String cohortB,
            @Value(OUTPUT) String output, @Value(ANONYMITY) Long anonymity, @Value(COMMENTS) Long comments,
            @Value(WINDOW) Long window,
            @Value(MAX_REJECT_RATIO) String maxRejectRatio) {
        MetricsSettings settings = MonthlyParameters.metricsSettings(period, anonymity, comments, window);
        Path csv = ComparisonParameters.withExtension(
                ComparisonParameters.fileBase(output, programme, cohortA, cohortB, period), ".csv");
        return (contribution, chunkContext) -> {
            RejectRatios.check(ingest.totals(), JobParameterValues.maxRejectRatio(maxRejectRatio),
                    counts -> "run monthly for the period to see the rejected rows");
            contribution.incrementWriteCount(comparisons.write(
                    new CohortComparisonFile.Request(settings, programme, cohortA, cohortB, csv)));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step comparisonWorkbookStep(Tasklet comparisonWorkbookTasklet) {
        return step("comparisonWorkbookStep", comparisonWorkbookTasklet);
    }

    /** The comparison workbook next to the comparison CSV. */
    @Bean
    @StepScope
    Tasklet comparisonWorkbookTasklet(ComparisonWorkbookFile workbooks, @Value(PERIOD) String period,
            @Value(PROGRAMME) String programme, @Value(COHORT_A) String cohortA, @Value(COHORT_B) String cohortB,
            @Value(OUTPUT) String output) {
        Path base = ComparisonParameters.fileBase(output, programme, cohortA, cohortB, period);
        return (contribution, chunkContext) -> {
            workbooks.write(new ComparisonWorkbookFile.Request(period, programme, cohortA, cohortB,
                    ComparisonParameters.withExtension(base, ".xlsx")));
            contribution.incrementWriteCount(1);
            return RepeatStatus.FINISHED;
        };
    }

    private Step step(String name, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener((StepExecutionListener) progress)
                .allowStartIfComplete(true)
                .build();
    }
}
