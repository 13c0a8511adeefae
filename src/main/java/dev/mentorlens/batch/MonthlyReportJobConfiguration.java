package dev.mentorlens.batch;

import static dev.mentorlens.batch.MonthlyParameters.JOB_NAME;
import static dev.mentorlens.batch.JobParameterValues.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.mentorlens.ingest.Ingest;
import dev.mentorlens.ingest.IngestFiles;
import dev.mentorlens.metrics.MetricsSettings;
import dev.mentorlens.metrics.PeriodMetrics;
import dev.mentorlens.report.PeriodWorkbooks;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly report job: plan and ingest every source, check the inputs (rejects files, reject
 * ratios), compute the metrics and render the workbooks (or take over those of an earlier run with the
 * same results key: {@link ResultsReuseDecider}), then publish the period folder. Identified by
 * period, programme and rerun number. Each step is a bean, its tasklet step-scoped.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyReportJobConfiguration {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ProgressReporting progress;

    MonthlyReportJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ProgressReporting progress) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.progress = progress;
    }

    @Bean(JOB_NAME)
    Job monthlyReportJob(BeanFactory steps, RunOwners runOwners, FailureReasons failureReasons, Preflight preflight) {
        JobBuilder job = new JobBuilder(JOB_NAME, jobRepository).listener(runOwners).listener(failureReasons)
                .validator(new RunParametersValidator(List.of(MonthlyParameters.PERIOD, MonthlyParameters.PROGRAMME,
                        MonthlyParameters.RERUN, MonthlyParameters.INPUT, MonthlyParameters.OUTPUT), preflight));
        JobExecutionDecider reuse = steps.getBean(ResultsReuseConfiguration.DECIDER, JobExecutionDecider.class);
        Step publish = steps.getBean("publishStep", Step.class);
        return IngestStepsConfiguration.startWithIngest(job, steps)
                .next(steps.getBean("checkInputsStep", Step.class))
                .next(reuse)
                .on(ResultsReuseDecider.REUSE.getName())
                .to(steps.getBean(ResultsReuseConfiguration.REUSE_STEP, Step.class)).next(publish)
                .from(reuse).on("*")
                .to(steps.getBean("metricsStep", Step.class))
                .next(steps.getBean("workbooksStep", Step.class))
                .next(publish)
                .end()
                .build();
    }

    @Bean
    Step checkInputsStep(Tasklet checkInputsTasklet) {
        return step("checkInputsStep", checkInputsTasklet, true);
    }

    @Bean
    @StepScope
    Tasklet checkInputsTasklet(JdbcTemplate jdbc, Ingest ingest, @Value(PERIOD) String period,
            @Value(OUTPUT) String output,
            @Value(MAX_REJECT_RATIO) String maxRejectRatio) {
        return new InputCheckTasklet(jdbc, ingest, new OutputFolders(Path.of(output)), period,
                JobParameterValues.maxRejectRatio(maxRejectRatio));
    }

    /** Runs again on a restart: its files are rewritten and its tables replaced per period and programme. */
    @Bean
    Step metricsStep(Tasklet metricsTasklet) {
        return step("metricsStep", metricsTasklet, true);
    }

    @Bean
    @StepScope
    Tasklet metricsTasklet(PeriodMetrics metrics, @Value(PERIOD) String period, @Value(PROGRAMME) String programme,
            @Value(OUTPUT) String output, @Value(INPUT) String input, @Value(BREAKDOWNS) String breakdowns,
            @Value(ANONYMITY) Long anonymity, @Value(COMMENTS) Long comments, @Value(WINDOW) Long window) {
        MetricsSettings settings = MonthlyParameters.metricsSettings(period, anonymity, comments, window);
        Optional<String> only = programme == null || MonthlyParameters.ALL_PROGRAMMES.equals(programme)
                ? Optional.empty() : Optional.of(programme);
        Path staging = new OutputFolders(Path.of(output)).staging(period);
        return (contribution, chunkContext) -> {
            contribution.incrementWriteCount(metrics.compute(new PeriodMetrics.Request(settings, only, staging,
                    breakdowns == null ? "" : breakdowns, Path.of(input))));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step workbooksStep(Tasklet workbooksTasklet) {
        return step("workbooksStep", workbooksTasklet, true);
    }

    @Bean
    @StepScope
    Tasklet workbooksTasklet(PeriodWorkbooks workbooks, JdbcTemplate jdbc, @Value(PERIOD) String period,
            @Value(PROGRAMME) String programme, @Value(OUTPUT) String output) {
        OutputFolders folders = new OutputFolders(Path.of(output));
        Path staging = folders.staging(period);
        return (contribution, chunkContext) -> {
            Set<String> stale = ProgrammeInputs.staleNames(folders.published(period), programme,
                    new IngestFiles(jdbc).files());
            contribution.incrementWriteCount(workbooks.write(new PeriodWorkbooks.Request(period, staging, stale)));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    Step publishStep(Tasklet publishTasklet) {
        return step("publishStep", publishTasklet, false);
    }

    @Bean
    @StepScope
    Tasklet publishTasklet(JdbcTemplate jdbc, @Value(PERIOD) String period, @Value(PROGRAMME) String programme,
            @Value(OUTPUT) String output) {
        return new PublishTasklet(jdbc, new OutputFolders(Path.of(output)), period, programme);
    }

    private Step step(String name, Tasklet tasklet, boolean runAgainOnRestart) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener((StepExecutionListener) progress)
                .allowStartIfComplete(runAgainOnRestart)
                .build();
    }
}
