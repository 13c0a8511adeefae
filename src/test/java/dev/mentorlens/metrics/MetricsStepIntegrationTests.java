package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The metrics step inside the monthly job: files, tables, reruns and single-programme runs. */
class MetricsStepIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void aRerunReplacesThePeriodsStoredMetricsInsteadOfAddingToThem() throws IOException {
        TestDatabase db = TestDatabase.create("h2", "metrics_rerun");
        Path input = new InputFolderBuilder().writeTo(temp.resolve("in"));
        Path output = temp.resolve("out");

        CommandResult first = MentorLensCli.run(db, "monthly", "--period", "2026-02", "--input", input.toString(),
                "--output", output.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        JdbcTemplate jdbc = db.jdbc();
        long values = count(jdbc, "metric_value");
        long trends = count(jdbc, "metric_trend");
        CommandResult rerun = MentorLensCli.run(db, "rerun", "--period", "2026-02", "--input", input.toString(),
                "--output", output.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        // career: ALL + one cohort, 13 + 6 + 8 + 23 rows each, 7 network rows; organisation: 7 network rows.
        assertThat(values).isEqualTo(2 * 50 + 7 + 7);
        assertThat(count(jdbc, "metric_value")).isEqualTo(values);
        assertThat(count(jdbc, "metric_trend")).isEqualTo(trends).isEqualTo(12 * 2 * 13);
        assertThat(jdbc.queryForList("select distinct trend_month from metric_trend order by trend_month",
                String.class)).hasSize(12).startsWith("2025-03").endsWith("2026-02");
        Path career = output.resolve("2026-02").resolve("career");
        List<List<String>> metrics = GoldenComparison.records(career.resolve("metrics.csv"));
        assertThat(metrics).contains(List.of("2026-02", "career", "ALL", "sessions_held", "1", "", "", "", "false"),
                List.of("2026-02", "career", "ALL", "sessions_cancelled", "1", "", "", "", "false"),
                List.of("2026-02", "career", "ALL", "respondents", "", "", "", "", "true"));
        assertThat(Files.readAllLines(career.resolve("dormant-pairs.csv")))
                .containsExactly("match_id,cohort,mentor_id,mentee_id,last_held");
        assertThat(GoldenComparison.records(output.resolve("2026-02").resolve("ALL").resolve("metrics.csv")))
                .extracting(row -> row.get(3)).containsExactly("network_people", "network_ties",
                        "departments_reached", "cross_department_tie_share", "components",
                        "largest_component_share", "avg_two_hop_reach");
        assertThat(GoldenComparison.records(career.resolve("bridges.csv"))).hasSize(4);
    }

    @Test
    void aSingleProgrammeRunWritesThatProgrammeAndTheOrganisationNetwork() throws IOException {
        TestDatabase db = TestDatabase.create("h2", "metrics_single");
        Path input = new InputFolderBuilder()
                .file("programmes.csv", """
                        programme_id,name,format,start_date,end_date,expected_cadence_days,owner_email
                        career,Career Mentoring,one_to_one,2026-01-01,,30,owner@example.com
                        other,Other,group,2026-01-01,,14,
                        """)
                .writeTo(temp.resolve("in"));
        Path output = temp.resolve("out");

        CommandResult result = MentorLensCli.run(db, "monthly", "--period", "2026-02", "--programme", "career",
                "--input", input.toString(), "--output", output.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        try (var folders = Files.list(output.resolve("2026-02"))) {
            assertThat(folders.map(p -> p.getFileName().toString()).toList())
                    .contains("career", "ALL").doesNotContain("other");
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
