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
import dev.mentorlens.partition.PartitionedSteps;
import dev.mentorlens.partition.ProgrammePartitioner;
import dev.mentorlens.report.PeriodWorkbooks;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
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
 * ratios), compute the metrics (programmes in partitions, then the organisation) and render the workbooks
 * (likewise), or take over those of an earlier run with the same results key ({@link ResultsReuseDecider}),
 * then publish the period folder. Identified by
 * period, programme and rerun number. Each step is a bean, its tasklet step-scoped.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyReportJobConfiguration {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ProgressReporting progress;
    private final PartitionedSteps partitionedSteps;

    MonthlyReportJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ProgressReporting progress, PartitionedSteps partitionedSteps) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.progress = progress;
        this.partitionedSteps = partitionedSteps;
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
                .next(steps.getBean("organisationMetricsStep", Step.class))
                .next(steps.getBean("workbooksStep", Step.class))
                .next(steps.getBean("organisationWorkbookStep", Step.class))
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
        return new InputCheckTasklet(jdbc, jobRepository, ingest, new OutputFolders(Path.of(output)), period,
                JobParameterValues.maxRejectRatio(maxRejectRatio));
    }

    /**
     * The programmes' metrics, in partitions of programmes (on this process's threads or on workers). Runs
     * again on a restart; its partitions that completed are kept only when the inputs did not change.
     */
    @Bean
    Step metricsStep(Step metricsPartitionStep, Partitioner metricsPartitioner) {
        return partitionedSteps.manager("metricsStep", metricsPartitionStep, metricsPartitioner,
                (StepExecutionListener) progress);
    }

    @Bean
    @StepScope
    Partitioner metricsPartitioner(PeriodMetrics metrics, @Value(JOB_PARAMETERS) JobParameters parameters) {
        PeriodMetrics.Request request = metricsRequest(parameters);
        return new ProgrammePartitioner(() -> metrics.programmeIds(request));
    }

    @Bean
    Step metricsPartitionStep(Tasklet metricsPartitionTasklet) {
        return workerStep("metricsPartitionStep", metricsPartitionTasklet);
    }

    @Bean
    @StepScope
    Tasklet metricsPartitionTasklet(PeriodMetrics metrics, @Value(JOB_PARAMETERS) JobParameters parameters,
            @Value(PARTITION_PROGRAMMES) String programmes) {
        PeriodMetrics.Request request = metricsRequest(parameters);
        return (contribution, chunkContext) -> {
            contribution.incrementWriteCount(metrics.computeProgrammes(request,
                    ProgrammePartitioner.programmesOf(programmes)));
            return RepeatStatus.FINISHED;
        };
    }

    /** The organisation-wide network and the sources' counts, after every programme. */
    @Bean
    Step organisationMetricsStep(Tasklet organisationMetricsTasklet) {
        return step("organisationMetricsStep", organisationMetricsTasklet, true);
    }

    @Bean
    @StepScope
    Tasklet organisationMetricsTasklet(PeriodMetrics metrics, @Value(JOB_PARAMETERS) JobParameters parameters) {
        PeriodMetrics.Request request = metricsRequest(parameters);
        return (contribution, chunkContext) -> {
            contribution.incrementWriteCount(metrics.computeOrganisation(request));
            return RepeatStatus.FINISHED;
        };
    }

    /** What the metrics steps compute, from the run's parameters. */
    private static PeriodMetrics.Request metricsRequest(JobParameters parameters) {
        String period = parameters.getString(MonthlyParameters.PERIOD);
        String programme = parameters.getString(MonthlyParameters.PROGRAMME);
        String output = parameters.getString(MonthlyParameters.OUTPUT);
        String input = parameters.getString(MonthlyParameters.INPUT);
        String breakdowns = parameters.getString(MonthlyParameters.BREAKDOWNS);
        MetricsSettings settings = MonthlyParameters.metricsSettings(period,
                parameters.getLong(MonthlyParameters.ANONYMITY_THRESHOLD),
                parameters.getLong(MonthlyParameters.COMMENT_THRESHOLD),
                parameters.getLong(MonthlyParameters.SURVEY_WINDOW_MONTHS));
        Optional<String> only = programme == null || MonthlyParameters.ALL_PROGRAMMES.equals(programme)
                ? Optional.empty() : Optional.of(programme);
        Path staging = new OutputFolders(Path.of(output)).staging(period);
        return new PeriodMetrics.Request(settings, only, staging, breakdowns == null ? "" : breakdowns, Path.of(input));
    }

    /** The programmes' workbooks, in partitions of programmes like the metrics. */
    @Bean
    Step workbooksStep(Step workbooksPartitionStep, Partitioner workbooksPartitioner) {
        return partitionedSteps.manager("workbooksStep", workbooksPartitionStep, workbooksPartitioner,
                (StepExecutionListener) progress);
    }

    @Bean
    @StepScope
    Partitioner workbooksPartitioner(PeriodWorkbooks workbooks, @Value(PERIOD) String period,
            @Value(OUTPUT) String output) {
        PeriodWorkbooks.Request request = new PeriodWorkbooks.Request(period,
                new OutputFolders(Path.of(output)).staging(period));
        return new ProgrammePartitioner(() -> workbooks.programmeIds(request));
    }

    @Bean
    Step workbooksPartitionStep(Tasklet workbooksPartitionTasklet) {
        return workerStep("workbooksPartitionStep", workbooksPartitionTasklet);
    }

    @Bean
    @StepScope
    Tasklet workbooksPartitionTasklet(PeriodWorkbooks workbooks, @Value(PERIOD) String period,
            @Value(OUTPUT) String output, @Value(PARTITION_PROGRAMMES) String programmes) {
        PeriodWorkbooks.Request request = new PeriodWorkbooks.Request(period,
                new OutputFolders(Path.of(output)).staging(period));
        return (contribution, chunkContext) -> {
            contribution.incrementWriteCount(workbooks.writeProgrammes(request,
                    ProgrammePartitioner.programmesOf(programmes)));
            return RepeatStatus.FINISHED;
        };
    }

    /** The organisation workbook, from every programme stored for the period. */
    @Bean
    Step organisationWorkbookStep(Tasklet organisationWorkbookTasklet) {
        return step("organisationWorkbookStep", organisationWorkbookTasklet, true);
    }

    @Bean
    @StepScope
    Tasklet organisationWorkbookTasklet(PeriodWorkbooks workbooks, JdbcTemplate jdbc, @Value(PERIOD) String period,
            @Value(PROGRAMME) String programme, @Value(OUTPUT) String output) {
        OutputFolders folders = new OutputFolders(Path.of(output));
        Path staging = folders.staging(period);
        return (contribution, chunkContext) -> {
            Set<String> stale = ProgrammeInputs.staleNames(folders.published(period), programme,
                    new IngestFiles(jdbc).files());
            contribution.incrementWriteCount(workbooks.writeOrganisation(new PeriodWorkbooks.Request(period, staging,
                    stale)));
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

    /** The step a partition runs; completed partitions are kept or run again as their manager decides. */
    private Step workerStep(String name, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener(partitionedSteps.workerListener())
                .listener((StepExecutionListener) progress)
                .build();
    }

    private Step step(String name, Tasklet tasklet, boolean runAgainOnRestart) {
        return new StepBuilder(name, jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener((StepExecutionListener) progress)
                .allowStartIfComplete(runAgainOnRestart)
                .build();
    }
}
