package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.support.BatchTestContext;
import dev.mentorlens.support.InputFolderBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The metrics step on its own, on both databases: after the ingest steps have read the small input folder,
 * it writes the period's files into the staging folder and replaces the period's stored metrics.
 */
class MetricsStepTests {

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("dev.mentorlens.support.TestDatabase#kinds")
    void runningTheStepAgainReplacesThePeriodsStoredMetricsInsteadOfAddingToThem(String kind) throws IOException {
        BatchTestContext batch = BatchTestContext.of(kind);
        batch.emptyTables();
        Path input = new InputFolderBuilder().writeTo(temp.resolve("in"));
        Path output = temp.resolve("out");
        JobParametersBuilder parameters = batch.monthly("2026-02", input, output);
        assertCompleted(batch.startSteps(BatchTestContext.INGEST_STEPS, parameters));

        assertCompleted(batch.startSteps(List.of("metricsStep", "organisationMetricsStep"), parameters));
        JdbcTemplate jdbc = batch.jdbc();
        long values = count(jdbc, "metric_value");
        long trends = count(jdbc, "metric_trend");
        assertCompleted(batch.startSteps(List.of("metricsStep", "organisationMetricsStep"), parameters));

        // career: ALL + one cohort, 13 + 6 + 8 + 23 rows each, 7 network rows; organisation: 7 network rows.
        assertThat(values).isEqualTo(2 * 50 + 7 + 7);
        assertThat(count(jdbc, "metric_value")).isEqualTo(values);
        assertThat(count(jdbc, "metric_trend")).isEqualTo(trends).isEqualTo(12 * 2 * 13);
        assertThat(jdbc.queryForList("select distinct trend_month from metric_trend order by trend_month",
                String.class)).hasSize(12).startsWith("2025-03").endsWith("2026-02");
        Path staging = output.resolve("2026-02.incomplete");
        Path career = staging.resolve("career");
        List<List<String>> metrics = GoldenComparison.records(career.resolve("metrics.csv"));
        assertThat(metrics).contains(List.of("2026-02", "career", "ALL", "sessions_held", "1", "", "", "", "false"),
                List.of("2026-02", "career", "ALL", "sessions_cancelled", "1", "", "", "", "false"),
                List.of("2026-02", "career", "ALL", "respondents", "", "", "", "", "true"));
        assertThat(Files.readAllLines(career.resolve("dormant-pairs.csv")))
                .containsExactly("match_id,cohort,mentor_id,mentee_id,last_held");
        assertThat(GoldenComparison.records(staging.resolve("ALL").resolve("metrics.csv")))
                .extracting(row -> row.get(3)).containsExactly("network_people", "network_ties",
                        "departments_reached", "cross_department_tie_share", "components",
                        "largest_component_share", "avg_two_hop_reach");
        assertThat(GoldenComparison.records(career.resolve("bridges.csv"))).hasSize(4);
    }

    private static void assertCompleted(List<JobExecution> executions) {
        assertThat(executions).as(BatchTestContext.exitCodes(executions))
                .allMatch(execution -> execution.getExitStatus().getExitCode().equals("COMPLETED"));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
