package dev.mentorlens.ingest;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the ingest steps of a job: the plan step, then one chunk step per source in
 * {@link Source} order. All of them run again on a restart: the plan notices changed inputs, and
 * a step with nothing pending reads nothing.
 */
@Component
public class IngestSteps {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JdbcTemplate jdbc;
    private final int chunkSize;

    IngestSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
            @Value("${mentorlens.ingest.chunk-size:500}") int chunkSize) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
        this.chunkSize = chunkSize;
    }

    public Step planStep(String jobName) {
        return new StepBuilder(jobName + "PlanIngestStep", jobRepository)
                .tasklet(new IngestPlanner(jdbc), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    public Step ingestStep(String jobName, Source source) {
        IngestFiles files = new IngestFiles(jdbc);
        IngestFileReader reader = new IngestFileReader(source, files);
        ZoneHolder zone = new ZoneHolder();
        return new StepBuilder(jobName + "Ingest" + stepSuffix(source) + "Step", jobRepository)
                .<InputRow, RowOutcome>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(new RowChecker(source, zone))
                .writer(new RowClassifier(source, jdbc))
                .listener(reader)
                .listener(zone)
                .listener(new IngestCompletion(source, files, transactionManager))
                .allowStartIfComplete(true)
                .build();
    }

    private static String stepSuffix(Source source) {
        StringBuilder name = new StringBuilder();
        for (String part : source.id().split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
