package dev.mentorlens.batch;

import static dev.mentorlens.batch.JobParameterValues.*;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.ingest.Ingest;
import dev.mentorlens.ingest.IngestNotices;
import dev.mentorlens.ingest.IngestOrder;
import dev.mentorlens.ingest.InputRow;
import dev.mentorlens.ingest.RowOutcome;
import dev.mentorlens.ingest.Source;
import dev.mentorlens.partition.PartitionedSteps;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.FlowJobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest steps both jobs start with: the plan step, then one chunk step per source, a source after
 * those it is checked against ({@link IngestOrder}). All of them run again on a restart: the plan notices changed inputs, and a
 * step with nothing pending reads nothing. The reader and the row checker are step-scoped: they take
 * the input folder and zone from the job parameters and their source from the step's name.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepsConfiguration {

    static final String PLAN_STEP = "planIngestStep";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final Ingest ingest;
    private final ProgressReporting progress;
    private final PartitionedSteps partitionedSteps;
    private final int chunkSize;

    IngestStepsConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            Ingest ingest, ProgressReporting progress, PartitionedSteps partitionedSteps,
            @Value("${mentorlens.ingest.chunk-size:500}") int chunkSize) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.ingest = ingest;
        this.progress = progress;
        this.partitionedSteps = partitionedSteps;
        this.chunkSize = chunkSize;
    }

    @Bean(PLAN_STEP)
    Step planIngestStep(Tasklet planIngestTasklet) {
        return new StepBuilder(PLAN_STEP, jobRepository)
                .tasklet(planIngestTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    Tasklet planIngestTasklet(@Value(INPUT) String input,
            @Value(ZONE) String zone,
            @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long instanceId) {
        return (contribution, chunkContext) -> {
            List<String> removed = ingest.plan(Path.of(input), zone(zone), instanceId);
            contribution.getStepExecution().getJobExecution().getExecutionContext()
                    .putString(IngestNotices.REMOVED_INPUTS_KEY, String.join("/", removed));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    @StepScope
    ItemStreamReader<InputRow> ingestReader(@Value(INPUT) String input,
            @Value("#{stepExecution.stepName}") String stepName,
            @Value("#{stepExecutionContext['" + FilePartitioner.BUCKET + "']}") Integer bucket,
            @Value("#{stepExecutionContext['" + FilePartitioner.BUCKETS + "']}") Integer buckets) {
        return ingest.reader(sourceOf(stepName), Path.of(input), bucket == null ? 0 : bucket,
                buckets == null ? 1 : buckets);
    }

    @Bean
    @StepScope
    ItemProcessor<InputRow, RowOutcome> rowChecker(
            @Value(ZONE) String zone,
            @Value("#{stepExecution.stepName}") String stepName) {
        return ingest.checker(sourceOf(stepName), zone(zone));
    }

    @Bean
    Step ingestProgrammesStep(ItemStreamReader<InputRow> ingestReader, ItemProcessor<InputRow, RowOutcome> rowChecker) {
        return ingestStep(Source.PROGRAMMES, ingestReader, rowChecker);
    }

    @Bean
    Step ingestEmployeesStep(ItemStreamReader<InputRow> ingestReader, ItemProcessor<InputRow, RowOutcome> rowChecker) {
        return ingestStep(Source.EMPLOYEES, ingestReader, rowChecker);
    }

    @Bean
    Step ingestJobHistoryStep(ItemStreamReader<InputRow> ingestReader, ItemProcessor<InputRow, RowOutcome> rowChecker) {
        return ingestStep(Source.JOB_HISTORY, ingestReader, rowChecker);
    }

    @Bean
    Step ingestEnrolmentsStep(ItemStreamReader<InputRow> ingestReader, ItemProcessor<InputRow, RowOutcome> rowChecker) {
        return ingestStep(Source.ENROLMENTS, ingestReader, rowChecker);
    }

    @Bean
    Step ingestMatchesStep(ItemStreamReader<InputRow> ingestReader, ItemProcessor<InputRow, RowOutcome> rowChecker) {
        return ingestStep(Source.MATCHES, ingestReader, rowChecker);
    }

    /** The monthly session files, read in partitions of files (on PostgreSQL), then decided together. */
    @Bean
    Step ingestSessionsStep(Step ingestSessionsPartitionStep) {
        return partitionedIngestStep(Source.SESSIONS, ingestSessionsPartitionStep);
    }

    @Bean
    Step ingestSessionsPartitionStep(ItemStreamReader<InputRow> ingestReader,
            ItemProcessor<InputRow, RowOutcome> rowChecker) {
        return ingestPartitionStep("ingestSessionsPartitionStep", Source.SESSIONS, ingestReader, rowChecker);
    }

    /** The survey exports, read in partitions of files like the sessions. */
    @Bean
    Step ingestSurveyResponsesStep(Step ingestSurveyResponsesPartitionStep) {
        return partitionedIngestStep(Source.SURVEY_RESPONSES, ingestSurveyResponsesPartitionStep);
    }

    @Bean
    Step ingestSurveyResponsesPartitionStep(ItemStreamReader<InputRow> ingestReader,
            ItemProcessor<InputRow, RowOutcome> rowChecker) {
        return ingestPartitionStep("ingestSurveyResponsesPartitionStep", Source.SURVEY_RESPONSES, ingestReader,
                rowChecker);
    }

    @Bean
    Step ingestGoalsStep(ItemStreamReader<InputRow> ingestReader, ItemProcessor<InputRow, RowOutcome> rowChecker) {
        return ingestStep(Source.GOALS, ingestReader, rowChecker);
    }

    private Step ingestStep(Source source, ItemStreamReader<InputRow> reader,
            ItemProcessor<InputRow, RowOutcome> checker) {
        return new StepBuilder(stepName(source), jobRepository)
                .<InputRow, RowOutcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(checker)
                .writer(ingest.writer(source))
                .listener(ingest.completion(source))
                .listener((StepExecutionListener) progress)
                .listener((ChunkListener) progress)
                .allowStartIfComplete(true)
                .build();
    }

    /**
     * A source's manager step: its partitions read their files into the staging tables, then the source is
     * decided once (the completion listener). On a restart every partition runs again from where it stopped.
     */
    private Step partitionedIngestStep(Source source, Step worker) {
        return partitionedSteps.resumingManager(stepName(source), worker, new FilePartitioner(ingest),
                ingest.completion(source), (StepExecutionListener) progress);
    }

    private Step ingestPartitionStep(String name, Source source, ItemStreamReader<InputRow> reader,
            ItemProcessor<InputRow, RowOutcome> checker) {
        return new StepBuilder(name, jobRepository)
                .<InputRow, RowOutcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(checker)
                .writer(ingest.writer(source))
                .listener(partitionedSteps.workerListener())
                .listener((StepExecutionListener) progress)
                .listener((ChunkListener) progress)
                .build();
    }

    /**
     * A job that starts with the plan step and ingests every source: the sources others are checked against
     * one after another, then the rest in parallel flows ({@link IngestOrder}), or all in {@link Source}
     * order when there is one flow.
     */
    static FlowBuilder<FlowJobBuilder> startWithIngest(JobBuilder job, BeanFactory steps) {
        IngestFlows flows = steps.getBean(IngestFlows.class);
        IngestOrder order = flows.order();
        FlowBuilder<FlowJobBuilder> ingesting = job.flow(steps.getBean(PLAN_STEP, Step.class));
        if (order.flows().size() < 2) {
            for (Source source : Source.values()) {
                ingesting = ingesting.next(steps.getBean(stepName(source), Step.class));
            }
            return ingesting;
        }
        for (Source source : order.chain()) {
            ingesting = ingesting.next(steps.getBean(stepName(source), Step.class));
        }
        List<Flow> parallel = new ArrayList<>();
        for (List<Source> sources : order.flows()) {
            FlowBuilder<Flow> flow = new FlowBuilder<>("ingestFlow" + (parallel.size() + 1));
            for (Source source : sources) {
                flow = flow.next(steps.getBean(stepName(source), Step.class));
            }
            parallel.add(initialised(flow.build()));
        }
        // a split of its own: split() on the job's builder would run the steps so far alongside the flows
        Flow split = initialised(new FlowBuilder<Flow>("ingestFlows").split(flows.threads())
                .add(parallel.toArray(Flow[]::new)).build());
        return ingesting.next(split);
    }

    /**
     * A nested flow sets up its states when it first runs; the job's look-up of its steps by name, done
     * before that, would not see the steps inside it.
     */
    private static Flow initialised(Flow flow) {
        if (flow instanceof InitializingBean initializing) {
            try {
                initializing.afterPropertiesSet();
            } catch (Exception e) {
                throw new IllegalStateException("Flow " + flow.getName() + " cannot be set up: " + e.getMessage(), e);
            }
        }
        return flow;
    }

    static String stepName(Source source) {
        return IngestStepNames.of(source.id());
    }

    /** The source of an ingest step, or of one of its partitions ({@code ingestSessionsStep:partition0}). */
    private static Source sourceOf(String stepName) {
        String step = stepName.contains(":") ? stepName.substring(0, stepName.indexOf(':')) : stepName;
        for (Source source : Source.values()) {
            if (stepName(source).equals(step)) {
                return source;
            }
        }
        throw new IllegalStateException("Step " + stepName + " is not an ingest step.");
    }

    private static ZoneId zone(String zone) {
        return ZoneId.of(zone == null ? "UTC" : zone);
    }
}
