package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics step inside the monthly command: a single-programme run publishes that programme and the
 * organisation network. The step on its own (files, tables, running it again) is in {@link MetricsStepTests}.
 */
class MetricsStepIntegrationTests {

    @TempDir
    Path temp;

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
}
