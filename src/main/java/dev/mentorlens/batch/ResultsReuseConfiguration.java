package dev.mentorlens.batch;

import static dev.mentorlens.batch.JobParameterValues.OUTPUT;
import static dev.mentorlens.batch.JobParameterValues.PERIOD;

import java.nio.file.Path;

import dev.mentorlens.partition.Release;
import dev.mentorlens.report.RenderingSettings;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly job's shortcut for a run whose results an earlier run already published: the decider
 * between the input check and the metrics, and the step that takes those results over.
 */
@Configuration(proxyBeanMethods = false)
class ResultsReuseConfiguration {

    static final String DECIDER = "resultsReuseDecider";
    static final String REUSE_STEP = "reuseResultsStep";

    @Bean(DECIDER)
    ResultsReuseDecider resultsReuseDecider(JdbcTemplate jdbc, JobRepository jobRepository,
            RenderingSettings rendering, Release release) {
        // a jar built again, even of the same version, may compute other results: its release tells it apart
        return new ResultsReuseDecider(jdbc, new EarlierResults(jdbc, jobRepository), rendering, release.name());
    }

    /** Runs again on a restart (after the decider chose again): it only copies files. */
    @Bean(REUSE_STEP)
    Step reuseResultsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ProgressReporting progress, Tasklet reuseResultsTasklet) {
        return new StepBuilder(REUSE_STEP, jobRepository)
                .tasklet(reuseResultsTasklet, transactionManager)
                .listener((StepExecutionListener) progress)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    Tasklet reuseResultsTasklet(@Value(PERIOD) String period, @Value(OUTPUT) String output) {
        return new ReuseResultsTasklet(new OutputFolders(Path.of(output)), period);
    }
}
