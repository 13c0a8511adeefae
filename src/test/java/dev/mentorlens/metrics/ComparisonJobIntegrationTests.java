package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.batch.ComparisonParameters;
import dev.mentorlens.MentorLensApplication;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The cohort comparison job on a small input with two cohorts. */
class ComparisonJobIntegrationTests {

    @TempDir
    Path temp;

    private ConfigurableApplicationContext context;
    private Path input;

    @BeforeEach
    void start() {
        TestDatabase db = TestDatabase.create("h2", "comparison");
        input = new InputFolderBuilder().file("enrolments.csv", """
                programme_id,cohort,employee_id,role,enrolled_on,exited_on,exit_reason
                career,2026-spring,E1,mentor,2026-01-02,,
                career,2026-spring,E2,mentee,2026-01-02,,
                career,2026-autumn,E3,mentor,2026-01-02,,
                career,2026-autumn,E4,mentee,2026-01-02,,
                """).writeTo(temp.resolve("in"));
        context = new SpringApplicationBuilder(MentorLensApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(db.springArgs().toArray(String[]::new));
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private JobExecution compare(String cohortA, String cohortB) throws Exception {
        return context.getBean(JobOperator.class).start(context.getBean(ComparisonParameters.JOB_NAME, Job.class),
                new JobParametersBuilder()
                        .addString(ComparisonParameters.PROGRAMME, "career")
                        .addString(ComparisonParameters.COHORT_A, cohortA)
                        .addString(ComparisonParameters.COHORT_B, cohortB)
                        .addString(ComparisonParameters.PERIOD, "2026-02")
                        .addLong(ComparisonParameters.RUN, 0L)
                        .addString(ComparisonParameters.INPUT, input.toString(), false)
                        .addString(ComparisonParameters.OUTPUT, temp.resolve("out").toString(), false)
                        .toJobParameters());
    }

    @Test
    void writesBothCohortsRowsThenTheThreeComparisonRows() throws Exception {
        JobExecution execution = compare("2026-autumn", "2026-spring");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<List<String>> rows = GoldenComparison.records(temp.resolve("out").resolve("compare").resolve("career")
                .resolve("2026-autumn-vs-2026-spring-2026-02.csv"));
        int perCohort = 27 + MetricNames.HEALTH.size();
        assertThat(rows).hasSize(2 * perCohort + 3);
        assertThat(rows.get(0).subList(2, 4)).containsExactly("2026-autumn", "enrolled_mentors");
        assertThat(rows.get(perCohort).subList(2, 4)).containsExactly("2026-spring", "enrolled_mentors");
        assertThat(rows.subList(2 * perCohort, 2 * perCohort + 3)).extracting(row -> row.get(2) + " " + row.get(3)).containsExactly(
                "2026-autumn-vs-2026-spring satisfaction_mannwhitney_p",
                "2026-autumn-vs-2026-spring retention_logrank_p",
                "2026-autumn-vs-2026-spring promotion_rate_ratio");
        assertThat(rows.get(2 * perCohort)).containsExactly("2026-02", "career", "2026-autumn-vs-2026-spring",
                "satisfaction_mannwhitney_p", "", "", "", "", "true");
    }

    @Test
    void failsWithTheProgrammesCohortsWhenACohortIsUnknown() throws Exception {
        JobExecution execution = compare("2026-autumn", "2027-spring");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).extracting(Throwable::getMessage).containsExactly(
                "Cohort '2027-spring' is not a cohort of programme 'career'; its cohorts are [2026-autumn, 2026-spring].");
    }
}
