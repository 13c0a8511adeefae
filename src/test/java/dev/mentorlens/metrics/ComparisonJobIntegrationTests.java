package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.batch.ComparisonParameters;
import dev.mentorlens.batch.MonthlyParameters;
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
    private TestDatabase db;
    private Path input;

    @BeforeEach
    void start() {
        db = TestDatabase.create("h2", "comparison");
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
        return compare(cohortA, cohortB, 5);
    }

    private JobExecution compare(String cohortA, String cohortB, long anonymityThreshold) throws Exception {
        return context.getBean(JobOperator.class).start(context.getBean(ComparisonParameters.JOB_NAME, Job.class),
                new JobParametersBuilder()
                        .addLong(MonthlyParameters.ANONYMITY_THRESHOLD, anonymityThreshold, false)
                        .addString(ComparisonParameters.PROGRAMME, "career")
                        .addString(ComparisonParameters.COHORT_A, cohortA)
                        .addString(ComparisonParameters.COHORT_B, cohortB)
                        .addString(ComparisonParameters.PERIOD, "2026-02")
                        .addLong(ComparisonParameters.RUN, anonymityThreshold)
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
    void storesPerCohortWhatTheChartsDrawAndTheirAnswersOnlyWhenShown() throws Exception {
        assertThat(compare("2026-autumn", "2026-spring", 1).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        String cohorts = "select cohort, subjects, promotions, respondents, score_1, score_2, score_3, score_4,"
                + " score_5 from report_comparison_cohort where period = '2026-02' order by position";
        assertThat(db.jdbc().queryForList(cohorts)).extracting(row -> row.values().stream().map(String::valueOf)
                .toList()).containsExactly(
                        List.of("2026-autumn", "1", "0", "1", "0", "0", "0", "1", "0"),
                        List.of("2026-spring", "1", "1", "1", "0", "0", "0", "0", "1"));
        assertThat(db.jdbc().queryForObject("select person_years from report_comparison_cohort where"
                + " cohort = '2026-spring'", Double.class)).isCloseTo(57 / 365.25, within(1e-9));

        // at the default threshold one answer per cohort is suppressed: neither its count nor its scores are kept
        assertThat(compare("2026-autumn", "2026-spring", 5).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(db.jdbc().queryForList(cohorts)).extracting(row -> row.values().stream().map(String::valueOf)
                .toList()).containsExactly(
                        List.of("2026-autumn", "1", "0", "null", "null", "null", "null", "null", "null"),
                        List.of("2026-spring", "1", "1", "null", "null", "null", "null", "null", "null"));
    }

    @Test
    void failsWithTheProgrammesCohortsWhenACohortIsUnknown() throws Exception {
        JobExecution execution = compare("2026-autumn", "2027-spring");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions()).extracting(Throwable::getMessage).containsExactly(
                "Cohort '2027-spring' is not a cohort of programme 'career'; its cohorts are [2026-autumn, 2026-spring].");
    }
}
