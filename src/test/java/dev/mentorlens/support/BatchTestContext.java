package dev.mentorlens.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import dev.mentorlens.MentorLensApplication;
import dev.mentorlens.batch.MonthlyParameters;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application started once per database kind for the whole test JVM (an H2 file under target/, a
 * PostgreSQL schema), so step tests pay for one Spring context instead of one per command. Single steps of
 * the monthly job are launched with Spring Batch's {@link JobOperatorTestUtils}; {@link #emptyTables()}
 * gives each test the empty product tables a fresh database would have.
 */
public final class BatchTestContext {

    /** The ingest steps in the order the monthly job runs them, the plan first. */
    public static final List<String> INGEST_STEPS = List.of("planIngestStep", "ingestProgrammesStep",
            "ingestEmployeesStep", "ingestJobHistoryStep", "ingestEnrolmentsStep", "ingestMatchesStep",
            "ingestSessionsStep", "ingestSurveyResponsesStep", "ingestGoalsStep");

    private static final Map<String, BatchTestContext> BY_KIND = new ConcurrentHashMap<>();

    private final TestDatabase database;
    private final ConfigurableApplicationContext context;
    private final JobOperatorTestUtils steps;
    private long launches;

    private BatchTestContext(TestDatabase database, ConfigurableApplicationContext context) {
        this.database = database;
        this.context = context;
        this.steps = new JobOperatorTestUtils(context.getBean(JobOperator.class), context.getBean(JobRepository.class));
        this.steps.setJob(context.getBean(MonthlyParameters.JOB_NAME, Job.class));
    }

    /** The shared context of this database kind ("h2" or "postgres"), started on first use. */
    public static synchronized BatchTestContext of(String kind) {
        return BY_KIND.computeIfAbsent(kind, BatchTestContext::start);
    }

    private static BatchTestContext start(String kind) {
        TestDatabase database = TestDatabase.create(kind, "step_tests");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MentorLensApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(database.springArgs().toArray(String[]::new));
        Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        return new BatchTestContext(database, context);
    }

    public TestDatabase database() {
        return database;
    }

    public JdbcTemplate jdbc() {
        return database.jdbc();
    }

    /** A bean of the shared application context. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The product's own connection pool, configured as the product configures it. */
    public JdbcTemplate productJdbc() {
        return new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
    }

    /**
     * Parameters of a monthly run of every programme that tolerates any reject ratio. Each launch gets a
     * number of its own, so steps launched one after the other are separate job instances.
     */
    public synchronized JobParametersBuilder monthly(String period, Path input, Path output) {
        return new JobParametersBuilder()
                .addString(MonthlyParameters.PERIOD, period)
                .addString(MonthlyParameters.PROGRAMME, MonthlyParameters.ALL_PROGRAMMES)
                .addLong(MonthlyParameters.RERUN, System.nanoTime() + launches++)
                .addString(MonthlyParameters.INPUT, input.toAbsolutePath().toString(), false)
                .addString(MonthlyParameters.OUTPUT, output.toAbsolutePath().toString(), false)
                .addString(MonthlyParameters.ZONE, "UTC", false)
                .addString(MonthlyParameters.MAX_REJECT_RATIO, "1", false);
    }

    /** Runs one step of the monthly job on its own. */
    public JobExecution startStep(String stepName, JobParameters parameters) {
        return steps.startStep(stepName, parameters, new ExecutionContext());
    }

    /** Runs the given steps one after the other, each as its own launch, stopping at the first that fails. */
    public List<JobExecution> startSteps(List<String> stepNames, JobParametersBuilder parameters) {
        List<JobExecution> executions = new java.util.ArrayList<>();
        for (String stepName : stepNames) {
            JobExecution execution = startStep(stepName, parameters.addLong(MonthlyParameters.RERUN,
                    System.nanoTime() + launches++).toJobParameters());
            executions.add(execution);
            if (!execution.getExitStatus().getExitCode().equals("COMPLETED")) {
                break;
            }
        }
        return executions;
    }

    /** Deletes every row of the product's tables (not the batch metadata), as in a database just created. */
    public void emptyTables() {
        JdbcTemplate jdbc = jdbc();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = current_schema and table_type in ('BASE TABLE', 'TABLE')"
                + " and lower(table_name) not like 'batch%' and lower(table_name) not like 'flyway%'", String.class);
        if (database.kind().equals("postgres")) {
            jdbc.execute("truncate table " + String.join(", ", tables) + " cascade");
            return;
        }
        jdbc.execute("set referential_integrity false");
        try {
            tables.forEach(table -> jdbc.execute("delete from " + table));
        } finally {
            jdbc.execute("set referential_integrity true");
        }
    }

    /** Step name to exit code, to name the failing step in an assertion message. */
    public static String exitCodes(List<JobExecution> executions) {
        return executions.stream().flatMap(e -> e.getStepExecutions().stream())
                .map(s -> s.getStepName() + "=" + s.getExitStatus().getExitCode() + " "
                        + s.getExitStatus().getExitDescription())
                .collect(Collectors.joining("; "));
    }
}
